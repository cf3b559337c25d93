import { decodeArticleBytes, parseArticle } from '@/domain/article';
import type { Article, ArticleError } from '@/domain/article/types';
import { readManifest, type ManifestEntry, type SeedManifest } from '@/domain/library/manifest';
import { getDb } from './database';
import type { UserArticleRecord } from './records';
import { getUserArticle } from './user-articles-repo';

/**
 * Loads the articles shipped as static files in `public/seeds/`. Every failure becomes an
 * `ArticleError` with a sentence for the user, so one bad file never breaks the others.
 */

const base = (): string => import.meta.env.BASE_URL ?? '/';

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export async function fetchManifest(signal?: AbortSignal): Promise<SeedManifest> {
  let response: Response;
  try {
    response = await fetch(`${base()}seeds/manifest.json`, { signal, cache: 'no-cache' });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ManifestError(
      'Sidenote could not reach the article list. Check that the app is still running, then reload.',
    );
  }
  if (!response.ok) {
    throw new ManifestError(
      `The article list could not be loaded (HTTP ${response.status}). Rebuild and restart with "npm start".`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ManifestError(
      'The article list (seeds/manifest.json) is not valid JSON. Rebuild the app with "npm start".',
    );
  }
  const result = readManifest(json);
  if (!result.ok) throw new ManifestError(result.message);
  return result.manifest;
}

export type LoadedArticle =
  | { ok: true; article: Article; raw: string; entry: ManifestEntry }
  | { ok: false; error: ArticleError; entry: ManifestEntry };

/** Fetches, decodes and parses one seed. Never throws for a bad file: the error is the result. */
export async function loadSeedArticle(
  entry: ManifestEntry,
  signal?: AbortSignal,
): Promise<LoadedArticle> {
  if (entry.error) return { ok: false, error: entry.error, entry };
  let response: Response;
  try {
    response = await fetch(`${base()}seeds/${encodeURIComponent(entry.file)}`, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    return {
      ok: false,
      entry,
      error: {
        code: 'unreadable',
        message: `“${entry.file}” could not be downloaded. Check that the app is still running, then try again.`,
      },
    };
  }
  // A static server answers an unknown path with the app's index.html; that is a missing file too.
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || type.includes('text/html')) {
    return {
      ok: false,
      entry,
      error: {
        code: 'missing',
        message: `The file “${entry.file}” is listed but missing from public/seeds/. Put it back, or rebuild so the list matches the folder.`,
      },
    };
  }
  const decoded = decodeArticleBytes(await response.arrayBuffer());
  if (!decoded.ok) return { ok: false, error: decoded.error, entry };
  const parsed = parseArticle(entry.id, decoded.text);
  if (!parsed.ok) return { ok: false, error: parsed.error, entry };
  return { ok: true, article: parsed.article, raw: decoded.text, entry };
}

/** Parses an article the user added; its text lives in IndexedDB, not in a file. */
export async function loadUserArticle(entry: ManifestEntry): Promise<LoadedArticle> {
  const record = await getUserArticle(getDb(), entry.id);
  if (!record) {
    return {
      ok: false,
      entry,
      error: { code: 'missing', message: 'This article was removed from your library.' },
    };
  }
  const parsed = parseArticle(entry.id, record.raw);
  if (!parsed.ok) return { ok: false, error: parsed.error, entry };
  return { ok: true, article: parsed.article, raw: record.raw, entry };
}

/** A library entry for an article the user added. */
export function userArticleEntry(record: UserArticleRecord): ManifestEntry {
  return {
    id: record.id,
    file: record.fileName,
    size: record.raw.length,
    sha256: '',
    origin: 'mine',
    ...(record.summary
      ? { summary: record.summary }
      : { error: { code: 'unreadable' as const, message: 'Open it to read it.' } }),
  };
}
