import type { QueryClient } from '@tanstack/react-query';
import { prefetchSeedFile } from '@/db/article-source';
import { isUserArticleId } from '@/db';
import { manifestQuery } from '@/shared/queries/articles';

/** Router params arrive URI-encoded; a malformed one is left as it is. */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * A reader opened cold (a link, a reload) would otherwise load in a chain: app code, then the
 * reader's code, then the article list, then the parser and the article. This starts all of them
 * at once from the URL, before React renders; the views pick them up from the module and query
 * caches. Measured in benchmark rows 2 (reader) and 6 (library).
 */
export function warmStart(queryClient: QueryClient, pathname: string): void {
  const base = import.meta.env.BASE_URL ?? '/';
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const [view, ...ids] = path.split('/');
  // The library needs the article list before its first card; ask for it before React starts.
  if (view === '') void queryClient.prefetchQuery(manifestQuery);
  if (view === 'read' && ids.length === 1) void import('@/features/reader/reader-page');
  else if (view === 'compare' && ids.length === 2) void import('@/features/reader/compare-page');
  else return;
  void queryClient.prefetchQuery(manifestQuery);
  void import('@/db/article-loader');
  for (const id of ids.map(decode)) {
    if (id && !isUserArticleId(id)) prefetchSeedFile(`${id}.txt`);
  }
}
