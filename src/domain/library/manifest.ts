import * as v from 'valibot';
import type { ArticleError, ArticleSummary } from '../article/types';
import { isPlainManifest } from './manifest-check';

/**
 * The seed manifest: one entry per `.txt` file in `public/seeds/`, generated at dev and build
 * time (see `scripts/seed-manifest.ts`). It carries a summary parsed at build time so the
 * library lists every article from one small request.
 */
export interface ManifestEntry {
  /** The file name without `.txt`. */
  id: string;
  file: string;
  size: number;
  sha256: string;
  summary?: ArticleSummary;
  error?: ArticleError;
  /** 'mine' for an article the user added; seeds have none. */
  origin?: 'mine';
}

export interface SeedManifest {
  format: 'sidenote-seed-manifest';
  version: 1;
  generatedAt: string;
  articles: ManifestEntry[];
}

const DateSchema = v.object({
  iso: v.string(),
  precision: v.picklist(['year', 'month', 'day']),
});

const SummarySchema = v.object({
  title: v.string(),
  titleSource: v.picklist(['text', 'derived']),
  subtitle: v.optional(v.string()),
  byline: v.optional(v.string()),
  date: v.optional(DateSchema),
  source: v.optional(v.string()),
  outlet: v.optional(v.string()),
  agency: v.optional(v.string()),
  language: v.string(),
  wordCount: v.number(),
  readingMinutes: v.number(),
  excerpt: v.string(),
});

const ErrorSchema = v.object({
  code: v.picklist(['empty', 'not-utf8', 'not-text', 'missing', 'unreadable']),
  reason: v.optional(
    v.picklist(['no-article-text', 'download-failed', 'not-in-seeds', 'removed', 'not-summarised']),
  ),
  file: v.optional(v.string()),
});

const EntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  file: v.string(),
  size: v.number(),
  sha256: v.string(),
  summary: v.optional(SummarySchema),
  error: v.optional(ErrorSchema),
});

const ManifestSchema = v.object({
  format: v.literal('sidenote-seed-manifest'),
  version: v.literal(1),
  generatedAt: v.string(),
  articles: v.array(EntrySchema),
});

/**
 * A broken manifest says where (`articles.0.id`; none for the top level) and valibot's own words
 * for the issue; the interface puts them in a sentence (`errors.manifest.damaged`).
 */
export type ManifestResult =
  { ok: true; manifest: SeedManifest } | { ok: false; where?: string; issue: string };

/** Validates a fetched manifest; a broken one yields where and what instead of a crash. */
export function readManifest(json: unknown): ManifestResult {
  // The quick check passes a well-formed manifest as it is; valibot reads any other.
  return isPlainManifest(json) ? { ok: true, manifest: json } : readManifestStrictly(json);
}

/** `readManifest` through valibot alone (the quick check's reference in tests). */
export function readManifestStrictly(json: unknown): ManifestResult {
  const result = v.safeParse(ManifestSchema, json);
  if (result.success) return { ok: true, manifest: result.output };
  const issue = result.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.');
  return where ? { ok: false, where, issue: issue.message } : { ok: false, issue: issue.message };
}

/** The article id is the file name without `.txt`; links encode it, so any name works. */
export function articleIdFromFile(file: string): string | undefined {
  if (!file.toLowerCase().endsWith('.txt') || file.includes('/')) return undefined;
  const id = file.slice(0, -4);
  return id.trim() === '' || id.startsWith('.') ? undefined : id;
}
