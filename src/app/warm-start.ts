import type { QueryClient } from '@tanstack/react-query';
import { prefetchSeedFile } from '@/db/article-source';
import { getDb, hasStoredData, isUserArticleId, prefetchArticleHighlights } from '@/db';
import { articleQuery, manifestQuery, textHashQuery } from '@/shared/queries/articles';
import {
  ComparePage,
  DataPage,
  NotebookPage,
  QuotesPage,
  ReaderPage,
  ReviewPage,
  SearchPage,
} from './views';
import { decodePathPart } from '@/shared/paths';
import { isListView, type ListView } from './list-views';
import { inNextTask } from './next-task';

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
  const [view, ...ids] = pathParts(pathname);
  const page =
    view === 'read' && ids.length === 1
      ? ReaderPage
      : view === 'compare' && ids.length === 2
        ? ComparePage
        : undefined;
  if (!page) return listViewReady(queryClient, view ?? '');
  // The downloads first; the caches that take them in, in the next task (inNextTask).
  const code = page.preload();
  code.catch(() => undefined); // taken in by warmArticles, a task later
  // The parser's first run is its slowest: a short sample meanwhile, a task per step.
  void import('@/db/article-loader')
    .then(async ({ PARSER_WARM_UP }) => {
      for (const step of PARSER_WARM_UP) await inNextTask(step);
    })
    .catch(() => undefined); // only a head start: the article's own load reports a failure
  const seedIds = ids.map(decodePathPart).filter((id) => id && !isUserArticleId(id));
  for (const id of seedIds) prefetchSeedFile(`${id}.txt`);
  return inNextTask(() => warmArticles(queryClient, seedIds, code));
}

/** The articles' queries and highlights, once `code` (the view's) is asked for. */
function warmArticles(
  queryClient: QueryClient,
  seedIds: string[],
  code: Promise<unknown>,
): Promise<void> {
  const manifest = queryClient.fetchQuery(manifestQuery);
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

/** A list view's code (the library is in the app's entry). */
const LIST_VIEW_PAGES: Record<ListView, { preload(): Promise<unknown> } | undefined> = {
  '': undefined,
  notebook: NotebookPage,
  search: SearchPage,
  review: ReviewPage,
  quotes: QuotesPage,
  data: DataPage,
};

/** The parts of `pathname` below the app's base: `/read/a1` → `['read', 'a1']`. */
function pathParts(pathname: string): string[] {
  const base = import.meta.env.BASE_URL ?? '/';
  return (pathname.startsWith(base) ? pathname.slice(base.length) : pathname).split('/');
}

/** Whether the app's first render of the view at `pathname` waits for `warmStart` (main.tsx). */
export function drawnFromList(pathname: string): boolean {
  return isListView(pathParts(pathname)[0] ?? '');
}

/**
 * A view drawn from the article list (boot.js has asked for it already) and what is saved: its
 * code, the list, and whether anything is saved at all, so that its first render shows the
 * articles or "nothing yet" rather than a loading state a render before them (bench row 12).
 */
function listViewReady(queryClient: QueryClient, view: string): Promise<void> {
  if (!isListView(view)) return Promise.resolve();
  return Promise.all([
    LIST_VIEW_PAGES[view]?.preload(),
    queryClient.prefetchQuery(manifestQuery),
    hasStoredData(),
  ]).then(
    () => undefined,
    () => undefined,
  );
}
