import type { Highlight } from '@/domain/annotations/types';
import { DEFAULT_DB_NAME, hasStoredData } from './connect';
import { readStoredHighlights, takeBootRead, type StoredHighlights } from './early-highlights-read';
import { LATEST_SCHEMA_VERSION } from './schema';

/**
 * An article's highlights, read while its file is still downloading on a cold load, so the
 * reader's first render already draws them (benchmark row 4) instead of starting the read then.
 * The live query takes over at once; this only saves the wait.
 *
 * The read goes straight to IndexedDB, not through the storage engine: boot.js starts it from
 * <head> (early-highlights-read.ts), else the app's first script does, instead of once Dexie has
 * downloaded, so the browser fetches the records (5,000 take it 80–120 ms) and the page decodes
 * them while the app, the article and the reader's code are still loading.
 */
const early = new Map<string, Highlight[] | 'reading'>();

export function prefetchArticleHighlights(
  articleId: string,
  dbName: string = DEFAULT_DB_NAME,
): Promise<void> {
  early.set(articleId, 'reading');
  // Boot.js may have started the read already, while the app's code was downloading.
  const fromBoot = dbName === DEFAULT_DB_NAME ? takeBootRead(articleId) : undefined;
  const read = fromBoot ? fromBoot.then(known) : readArticleHighlights(dbName, articleId);
  return read.then(
    (rows) => {
      // Taken while it was still reading: nobody will ask again.
      if (early.get(articleId) !== 'reading') return;
      if (rows) early.set(articleId, rows);
      else early.delete(articleId);
    },
    () => {
      // The live query will meet the same problem and show it; nothing to do here.
      early.delete(articleId);
    },
  );
}

/** The early read if it has finished, once: the next caller reads afresh. */
export function takeEarlyHighlights(articleId: string): Highlight[] | undefined {
  const rows = early.get(articleId);
  early.delete(articleId);
  return rows === 'reading' ? undefined : rows;
}

/**
 * The article's highlights, oldest first, as `listHighlightsForArticle` reads them (one getAll on
 * the `articleId` index), or undefined when the database cannot be read this way: none yet (a
 * first visit: nothing is opened, so nothing is created), one being made or upgraded, or one
 * written by a newer Sidenote. The live query then reads, or fails, as it always did.
 */
export async function readArticleHighlights(
  dbName: string,
  articleId: string,
): Promise<Highlight[] | undefined> {
  return known(await readStoredHighlights(dbName, articleId, () => isListed(dbName)));
}

/** The rows of a database this Sidenote knows (Dexie stores version n as n × 10). */
function known(read: StoredHighlights | undefined): Highlight[] | undefined {
  return read && read.version / 10 <= LATEST_SCHEMA_VERSION ? read.rows : undefined;
}

/** Whether the database may be there (see `hasStoredData`; other names are for tests). */
async function isListed(dbName: string): Promise<boolean> {
  if (dbName === DEFAULT_DB_NAME) return hasStoredData();
  const databases = await indexedDB.databases();
  return databases.some((d) => d.name === dbName);
}
