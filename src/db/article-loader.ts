import { decodeArticleBytes, parseArticle } from '@/domain/article';
import type { Article, ArticleError } from '@/domain/article/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { fetchSeedBytes } from './article-source';
import { getDb } from './connect';
import { getUserArticle } from './user-articles-repo';

export { PARSER_WARM_UP } from '@/domain/article/warm-up';

/**
 * Loads and parses one article: a seed file, or an article the user added. Kept apart from the
 * manifest code so the parser loads with the reader, not with the library.
 */

export type LoadedArticle =
  | { ok: true; article: Article; raw: string; entry: ManifestEntry }
  | { ok: false; error: ArticleError; entry: ManifestEntry };

/** Fetches, decodes and parses one seed. Never throws for a bad file: the error is the result. */
export async function loadSeedArticle(
  entry: ManifestEntry,
  signal?: AbortSignal,
): Promise<LoadedArticle> {
  if (entry.error) return { ok: false, error: entry.error, entry };
  const file = await fetchSeedBytes(entry.file, signal);
  if (!file.ok) {
    const error =
      file.reason === 'download-failed'
        ? ({ code: 'unreadable', reason: 'download-failed', file: entry.file } as const)
        : ({ code: 'missing', reason: 'not-in-seeds', file: entry.file } as const);
    return { ok: false, entry, error };
  }
  // Parsed in a task of its own: two articles that arrive together (side by side) are not
  // parsed in one long task (20-25 ms each on a desktop CPU, four times that on a phone).
  await nextTask();
  signal?.throwIfAborted();
  const decoded = decodeArticleBytes(file.bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, entry };
  const parsed = parseArticle(entry.id, decoded.text);
  if (!parsed.ok) return { ok: false, error: parsed.error, entry };
  return { ok: true, article: parsed.article, raw: decoded.text, entry };
}

/** A task of its own (the app's `inNextTask`, which this layer may not import). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Parses an article the user added; its text lives in IndexedDB, not in a file. */
export async function loadUserArticle(entry: ManifestEntry): Promise<LoadedArticle> {
  const record = await getUserArticle(await getDb(), entry.id);
  await nextTask(); // as for a seed: two articles read together are parsed in two tasks
  if (!record) {
    return {
      ok: false,
      entry,
      error: { code: 'missing', reason: 'removed' },
    };
  }
  const parsed = parseArticle(entry.id, record.raw);
  if (!parsed.ok) return { ok: false, error: parsed.error, entry };
  return { ok: true, article: parsed.article, raw: record.raw, entry };
}
