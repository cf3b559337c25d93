import type { Highlight } from '@/domain/annotations/types';
import { shareRepeatedStrings } from './shared-strings';

/**
 * The IndexedDB read behind an article's early highlights (early-highlights.ts), in a module of
 * its own that imports nothing else: boot.js (src/app/boot.ts) starts it too, from <head>, so
 * the records come and are decoded while the page waits for the app's code (5,000 take the main
 * thread 30–40 ms to decode: benchmark row 4), not between the article and the reader's first
 * render.
 */

/** The app's database (connect.ts, which boot.js must not import: it loads the engine). */
export const EARLY_DB_NAME = 'sidenote';

export interface StoredHighlights {
  /** The database's version as IndexedDB gives it (Dexie stores version n as n × 10). */
  version: number;
  /** Oldest first, as `listHighlightsForArticle` reads them. */
  rows: Highlight[];
}

declare global {
  // The page's global (window), shared by boot.js and the app: the reads boot.js started.
  var sidenoteEarlyHighlights: Map<string, Promise<StoredHighlights | undefined>> | undefined;
}

/**
 * The article's highlights, oldest first, as `listHighlightsForArticle` reads them (one getAll on
 * the `articleId` index), or undefined when the database cannot be read this way: `listed` says
 * it is not there (a first visit: nothing is opened, so nothing is created), or it is being made
 * or upgraded, or it has no such store or index. Whether its version is one this Sidenote knows
 * is for the caller to check (`version`).
 */
export async function readStoredHighlights(
  dbName: string,
  articleId: string,
  listed: () => Promise<boolean>,
): Promise<StoredHighlights | undefined> {
  if (typeof indexedDB === 'undefined' || !(await listed())) return undefined;
  const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    // Opening without a version creates a database that is not there: never do that here.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => reject(new Error('blocked'));
  });
  if (!db) return undefined;
  // The storage engine may want to upgrade the database meanwhile: never stand in its way.
  db.onversionchange = () => db.close();
  try {
    if (!db.objectStoreNames.contains('highlights')) return undefined;
    const store = db.transaction('highlights', 'readonly').objectStore('highlights');
    if (!store.indexNames.contains('articleId')) return undefined;
    const rows = await new Promise<Highlight[]>((resolve, reject) => {
      const request = store.index('articleId').getAll(IDBKeyRange.only(articleId));
      // Reading `result` decodes the records: here, in this task.
      request.onsuccess = () => resolve(request.result as Highlight[]);
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
    return { version: db.version, rows: shareRepeatedStrings(sortByCreatedAt(rows)) };
  } finally {
    db.close();
  }
}

/**
 * Whether this browser lists a Sidenote database, as `hasStoredData` tells it once the engine has
 * loaded (connect.ts): true where it cannot tell. False means a first visit: nothing saved.
 */
export async function databaseListed(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((d) => d.name === EARLY_DB_NAME);
  } catch {
    return true;
  }
}

/** Boot.js: starts reading the article's highlights, for the app to take (`takeBootRead`). */
export function startBootRead(articleId: string): void {
  const reads = (globalThis.sidenoteEarlyHighlights ??= new Map());
  if (reads.has(articleId)) return;
  const read = readStoredHighlights(EARLY_DB_NAME, articleId, databaseListed);
  read.catch(() => undefined); // the app reads again and reports, if it takes this
  reads.set(articleId, read);
}

/** The read boot.js started for the article, once: the next caller reads afresh. */
export function takeBootRead(articleId: string): Promise<StoredHighlights | undefined> | undefined {
  const read = globalThis.sidenoteEarlyHighlights?.get(articleId);
  globalThis.sidenoteEarlyHighlights?.delete(articleId);
  return read;
}

/** Oldest first, ties in index order (as Dexie's stable `sortBy`); already sorted is common. */
function sortByCreatedAt(rows: Highlight[]): Highlight[] {
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i]?.createdAt ?? '') < (rows[i - 1]?.createdAt ?? '')) {
      return rows.sort((a, b) =>
        a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
      );
    }
  }
  return rows;
}
