import type { SearchResult } from '@/domain/search';

/**
 * The answer /search-first.js drew before the app started (search-first.ts): the app's search
 * page shows it in its first render, so the results on screen stay, and replaces it with its
 * own once its index is built (the same results: it is drawn only where nothing is saved).
 */
export interface SearchFirstAnswer {
  query: string;
  results: SearchResult[];
}

/** The worker that answered, its index built from `indexed` (no highlights, no tags). */
export interface SearchFirstWorker {
  worker: Worker;
  indexed: readonly string[];
  /** Stops it if no page takes it. */
  timer: ReturnType<typeof setTimeout>;
}

declare global {
  // The page's globals (window), shared by /search-first.js and the app.
  var sidenoteSearchFirst: SearchFirstAnswer | undefined;
  var sidenoteSearchWorker: SearchFirstWorker | undefined;
}

/** How long the worker that answered waits for the app's search page to take it. */
export const SEARCH_FIRST_WORKER_WAIT_MS = 10_000;

/** The worker /search-first.js left for the app, once; undefined if there is none. */
export function takeSearchFirstWorker():
  { worker: Worker; indexed: readonly string[] } | undefined {
  const held = globalThis.sidenoteSearchWorker;
  globalThis.sidenoteSearchWorker = undefined;
  if (!held) return undefined;
  clearTimeout(held.timer);
  return { worker: held.worker, indexed: held.indexed };
}

/** The answer drawn before the app for `query`, if there is one. */
export function searchFirstAnswer(
  query: string,
): { query: string; results: SearchResult[]; hidden: number } | undefined {
  const drawn = globalThis.sidenoteSearchFirst;
  if (!drawn || drawn.query !== query) return undefined;
  return { query, results: drawn.results, hidden: 0 };
}

/** Forgets it: a page opened later draws from its own index. */
export function dropSearchFirstAnswer(): void {
  globalThis.sidenoteSearchFirst = undefined;
}
