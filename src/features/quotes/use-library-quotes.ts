import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { Article } from '@/domain/article/types';
import { resolveDetails } from '@/domain/article/details';
import { findQuotes, type LibraryCorrections, type Quote } from '@/domain/quotes';
import { useArticleStates } from '@/db/live';
import { articleQuery, useManifest } from '@/shared/queries/articles';

export interface QuotedArticle {
  article: Article;
  /** The title and outlet to show: the reader's, else derived. */
  title: string;
  outlet?: string;
  quotes: Quote[];
}

/** Quotes found in one article object, found once (articles are immutable query data). */
const found = new WeakMap<Article, Quote[]>();
function quotesOf(article: Article): Quote[] {
  let quotes = found.get(article);
  if (!quotes) found.set(article, (quotes = findQuotes(article)));
  return quotes;
}

/**
 * Every readable article with its quotations, in library order, and the reader's speaker
 * corrections (kept on each article's state).
 */
export function useLibraryQuotes(): {
  articles: QuotedArticle[];
  corrections: LibraryCorrections;
  loading: boolean;
} {
  const manifest = useManifest();
  const entries = useMemo(
    () => (manifest.data?.articles ?? []).filter((e) => e.summary),
    [manifest.data],
  );
  const loaded = useQueries({ queries: entries.map((e) => articleQuery(e)) });
  const states = useArticleStates();
  const loading = manifest.isPending || loaded.some((q) => q.isPending) || !states;
  const list = loaded.flatMap((q) => (q.data?.ok ? [q.data.article] : []));
  const key = list.map((a) => a.id).join('|');

  const articles = useMemo(
    () =>
      list.map((article) => {
        const details = resolveDetails(article, states?.[article.id]?.details);
        return {
          article,
          title: details.title.value ?? article.title,
          outlet: details.outlet.value,
          quotes: quotesOf(article),
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
  return { articles, corrections, loading };
}
