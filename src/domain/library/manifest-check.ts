import type { SeedManifest } from './manifest';

/**
 * A quick test of a fetched manifest, so the library's first card does not wait for valibot
 * (about 35 ms for 10,000 entries; this loop takes a few: benchmark row 6). It passes only what
 * `ManifestSchema` accepts and would return unchanged, with no key the schema does not know; a
 * manifest it does not pass goes to valibot, whose words say what is wrong.
 */
export function isPlainManifest(json: unknown): json is SeedManifest {
  if (!isRecord(json) || !only(json, TOP)) return false;
  if (json.format !== 'sidenote-seed-manifest' || json.version !== 1) return false;
  if (typeof json.generatedAt !== 'string' || !Array.isArray(json.articles)) return false;
  for (const entry of json.articles as unknown[]) if (!isPlainEntry(entry)) return false;
  return true;
}

const TOP = new Set(['format', 'version', 'generatedAt', 'articles']);
const ENTRY = new Set(['id', 'file', 'size', 'sha256', 'summary', 'error']);
const SUMMARY = new Set([
  'title',
  'titleSource',
  'subtitle',
  'byline',
  'date',
  'source',
  'outlet',
  'agency',
  'language',
  'wordCount',
  'readingMinutes',
  'excerpt',
]);
const DATE = new Set(['iso', 'precision']);
const ERROR = new Set(['code', 'reason', 'file']);
const TITLE_SOURCES = new Set(['text', 'derived']);
const PRECISIONS = new Set(['year', 'month', 'day']);
const ERROR_CODES = new Set(['empty', 'not-utf8', 'not-text', 'missing', 'unreadable']);
const ERROR_REASONS = new Set([
  'no-article-text',
  'download-failed',
  'not-in-seeds',
  'removed',
  'not-summarised',
]);

type Fields = Record<string, unknown>;

const isRecord = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function only(o: Fields, keys: ReadonlySet<string>): boolean {
  for (const key in o) if (!keys.has(key)) return false;
  return true;
}

const isNumber = (v: unknown) => typeof v === 'number' && !Number.isNaN(v);
const isOptionalString = (v: unknown) => v === undefined || typeof v === 'string';
const isOneOf = (set: ReadonlySet<string>, v: unknown) => typeof v === 'string' && set.has(v);

function isPlainEntry(e: unknown): boolean {
  if (!isRecord(e) || !only(e, ENTRY)) return false;
  if (typeof e.id !== 'string' || e.id.length === 0 || typeof e.file !== 'string') return false;
  if (!isNumber(e.size) || typeof e.sha256 !== 'string') return false;
  if (e.summary !== undefined && !isPlainSummary(e.summary)) return false;
  return e.error === undefined || isPlainError(e.error);
}

function isPlainSummary(s: unknown): boolean {
  if (!isRecord(s) || !only(s, SUMMARY)) return false;
  if (typeof s.title !== 'string' || !isOneOf(TITLE_SOURCES, s.titleSource)) return false;
  if (!isOptionalString(s.subtitle) || !isOptionalString(s.byline)) return false;
  if (!isOptionalString(s.source) || typeof s.language !== 'string') return false;
  if (!isOptionalString(s.outlet) || !isOptionalString(s.agency)) return false;
  if (!isNumber(s.wordCount) || !isNumber(s.readingMinutes)) return false;
  if (typeof s.excerpt !== 'string') return false;
  const date = s.date;
  if (date === undefined) return true;
  return (
    isRecord(date) &&
    only(date, DATE) &&
    typeof date.iso === 'string' &&
    isOneOf(PRECISIONS, date.precision)
  );
}

function isPlainError(e: unknown): boolean {
  return (
    isRecord(e) &&
    only(e, ERROR) &&
    isOneOf(ERROR_CODES, e.code) &&
    (e.reason === undefined || isOneOf(ERROR_REASONS, e.reason)) &&
    isOptionalString(e.file)
  );
}
