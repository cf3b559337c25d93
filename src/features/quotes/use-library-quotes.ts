import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Article } from '@/domain/article/types';
import { resolveDetails } from '@/domain/article/details';
import type { LibraryCorrections, Quote } from '@/domain/quotes';
import { runQuotes } from '@/shared/analysis/run-analysis';
import { useArticleStates } from '@/db/live';
import { articleQuery, useManifest } from '@/shared/queries/articles';

export interface QuotedArticle {
  article: Article;
  /** The title and outlet to show: the reader's, else derived. */
  title: string;
  outlet?: string;
  quotes: Quote[];
}

const NO_QUOTES: Quote[] = [];

/**
 * Every readable article with its quotations, in library order, and the reader's speaker
 * corrections (kept on each article's state).
 */
export function useLibraryQuotes(): {
  articles: QuotedArticle[];
  corrections: LibraryCorrections;
  loading: boolean;
  /** Why the quotations could not be found (the analysis worker failed), if it did. */
  failed?: string;
} {
  const manifest = useManifest();
  const entries = useMemo(
    () => (manifest.data?.articles ?? []).filter((e) => e.summary),
    [manifest.data],
  );
  const loaded = useQueries({ queries: entries.map((e) => articleQuery(e)) });
  const list = loaded.flatMap((q) => (q.data?.ok ? [q.data.article] : []));
  // Found in the analysis worker, once per article text: a very long article (seconds of
  // work) never holds up the page.
  const found = useQueries({
    queries: list.map((article) => ({
      queryKey: ['quotes', article.id, article.text.length],
      queryFn: () => runQuotes(article),
      staleTime: Infinity,
    })),
  });
  const states = useArticleStates();
  const loading =
    manifest.isPending ||
    loaded.some((q) => q.isPending) ||
    found.some((q) => q.isPending) ||
    !states;
  const key = [...list.map((a) => a.id), ...found.map((q) => q.dataUpdatedAt)].join('|');

  const articles = useMemo(
    () =>
      list.map((article, i) => {
        const details = resolveDetails(article, states?.[article.id]?.details);
        return {
          article,
          title: details.title.value ?? article.title,
          outlet: details.outlet.value,
          quotes: found[i]?.data ?? NO_QUOTES,
        };
      }),
    // `list` is rebuilt each render; its ids (`key`) say when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, states],
  );
  const corrections = useMemo(() => {
    const all: LibraryCorrections = {};
    for (const [id, state] of Object.entries(states ?? {}))
      if (state.speakers) all[id] = state.speakers;
    return all;
  }, [states]);
  const failed = found.find((q) => q.isError)?.error?.message;
  return { articles, corrections, loading: loading && !failed, failed };
}
