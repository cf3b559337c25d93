import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { buildSearchIndex, type SearchArticle } from '@/domain/search';
import { articleQuery, useManifest } from '@/shared/queries/articles';
import { useAllHighlights, useArticleStates, useTags } from '@/db/live';
import { resolveDetails, summaryOutlet } from '@/domain/article/details';

/**
 * The search index over every readable article's text, every highlight (quote, note, tags) and
 * every tag. Rebuilt when highlights or tags change in any tab.
 */
export function useSearchIndex() {
  const manifest = useManifest();
  const entries = useMemo(
    () => (manifest.data?.articles ?? []).filter((e) => e.summary),
    [manifest.data],
  );
  const loaded = useQueries({ queries: entries.map((e) => articleQuery(e)) });
  const highlights = useAllHighlights();
  const tags = useTags();
  const pending = manifest.isPending || loaded.some((q) => q.isPending) || !highlights || !tags;
  const articles = loaded.flatMap((q) => (q.data?.ok ? [q.data.article] : []));
  const key = articles.map((a) => a.id).join('|');

  const index = useMemo(() => {
    if (pending) return undefined;
    const input: SearchArticle[] = articles.map((a) => ({
      id: a.id,
      title: a.title,
      text: a.text,
      paragraphs: a.paragraphs,
      // The outlet as derived (002: Infobae) beside the file's own source (Reuters, its credit).
      source: sourceAndOutlet(a.source, summaryOutlet(a)),
    }));
    return buildSearchIndex({ articles: input, highlights: highlights ?? [], tags: tags ?? [] });
    // `articles` is rebuilt each render; its ids (`key`) say when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending, key, highlights, tags]);

  // Titles as the reader set them, else as derived.
  const states = useArticleStates();
  const titles = useMemo(
    () =>
      new Map(
        entries.map((e) => [
          e.id,
          (e.summary && resolveDetails(e.summary, states?.[e.id]?.details).title.value) ?? e.file,
        ]),
      ),
    [entries, states],
  );
  return { index, titles, loading: pending, articleCount: articles.length };
}

function sourceAndOutlet(source?: string, outlet?: string): string | undefined {
  if (!outlet || outlet === source) return source;
  return source ? `${source} · ${outlet}` : outlet;
}
