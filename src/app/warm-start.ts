import type { QueryClient } from '@tanstack/react-query';
import { prefetchSeedFile } from '@/db/article-source';
import { getDb, hasStoredData, isUserArticleId, prefetchArticleHighlights } from '@/db';
import { articleQuery, manifestQuery, textHashQuery } from '@/shared/queries/articles';
import { ComparePage, ReaderPage } from './views';
import { decodePathPart } from '@/shared/paths';

/**
 * A reader opened cold (a link, a reload) would otherwise load in a chain: app code, then the
 * reader's code, then the article list, then the parser and the article, then its highlights. This starts all of them
 * at once from the URL, before React renders; the views pick them up from the module and query
 * caches. Measured in benchmark rows 2 (reader) and 6 (library).
 *
 * Resolves (never rejects) once the view's code and its articles are in, loaded or failed: a
 * prerendered reader waits for it, so the app replaces the page with the article, not a spinner.
 */
export function warmStart(queryClient: QueryClient, pathname: string): Promise<void> {
  const base = import.meta.env.BASE_URL ?? '/';
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const [view, ...ids] = path.split('/');
  // The library needs the article list before its first card; ask for it before React starts.
  if (view === '') void queryClient.prefetchQuery(manifestQuery);
  const page =
    view === 'read' && ids.length === 1
      ? ReaderPage
      : view === 'compare' && ids.length === 2
        ? ComparePage
        : undefined;
  if (!page) return Promise.resolve();
  const code = page.preload();
  const manifest = queryClient.fetchQuery(manifestQuery);
  void import('@/db/article-loader');
  const seedIds = ids.map(decodePathPart).filter((id) => id && !isUserArticleId(id));
  for (const id of seedIds) prefetchSeedFile(`${id}.txt`);
  const articles = manifest.then(({ articles: entries }) =>
    Promise.all(
      seedIds.map(async (id) => {
        const entry = entries.find((a) => a.id === id);
        if (!entry) return;
        const loaded = await queryClient.fetchQuery(articleQuery(entry));
        // The text's hash, which anchoring checks, so the first render can draw highlights.
        if (loaded.ok) await queryClient.prefetchQuery(textHashQuery(loaded.article));
      }),
    ),
  );
  // Read from IndexedDB while the article downloads, rather than once the reader has rendered,
  // and without waiting for the storage engine (a read of its own: benchmark row 4). The engine
  // loads alongside, for the live queries that take over. On a first visit there is nothing
  // saved, and the storage engine need not load for it.
  void hasStoredData().then((stored) => (stored ? getDb() : undefined));
  const highlights = Promise.all(seedIds.map((id) => prefetchArticleHighlights(id)));
  return Promise.all([code, articles, highlights]).then(
    () => undefined,
    () => undefined,
  );
}
