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

declare global {
  // The page's global (window), shared by /search-first.js and the app.
  var sidenoteSearchFirst: SearchFirstAnswer | undefined;
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
