import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchManifest, userArticleEntry } from '@/db/article-source';
import { useUserArticles } from '@/db/live';
import type { ManifestEntry } from '@/domain/library/manifest';
import type { Article } from '@/domain/article/types';
import { hashText } from '@/domain/anchoring/hash';

/** Static article files are read through React Query; user data goes through Dexie live queries. */
export const manifestQuery = queryOptions({
  queryKey: ['seeds', 'manifest'],
  queryFn: ({ signal }) => fetchManifest(signal),
  staleTime: Infinity,
  retry: 1,
});

export function articleQuery(entry: ManifestEntry | undefined) {
  return queryOptions({
    queryKey: ['article', entry?.origin ?? 'seed', entry?.id, entry?.sha256],
    queryFn: async ({ signal }) => {
      if (!entry) throw new Error('No such article');
      // The parser comes with this module: the library, which lists articles, does not need it.
      const { loadSeedArticle, loadUserArticle } = await import('@/db/article-loader');
      return entry.origin === 'mine' ? loadUserArticle(entry) : loadSeedArticle(entry, signal);
    },
    enabled: entry !== undefined,
    staleTime: Infinity,
  });
}

/** SHA-256 of an article's text: new highlights store it, and anchoring checks it. */
export function textHashQuery(article: Article) {
  return queryOptions({
    queryKey: ['text-hash', article.id, article.text.length],
    queryFn: () => hashText(article.text),
    staleTime: Infinity,
  });
}

/**
 * Every article: the shipped seeds from the manifest, then the ones the user added (live, so an
 * added or removed article shows up everywhere at once).
 */
export function useManifest() {
  const seeds = useQuery(manifestQuery);
  const mine = useUserArticles();
  // The same object until the seeds or the user's articles change, so callers can memoise on it.
  const data = useMemo(
    () =>
      seeds.data && mine && mine.length > 0
        ? { ...seeds.data, articles: [...seeds.data.articles, ...mine.map(userArticleEntry)] }
        : seeds.data,
    [seeds.data, mine],
  );
  if (!seeds.data || !data || data === seeds.data) return seeds;
  return { ...seeds, data };
}

/** The entry and the loaded article for an id; `entry` is undefined for an unknown id. */
export function useArticle(id: string) {
  const manifest = useManifest();
  const entry = manifest.data?.articles.find((a) => a.id === id);
  const article = useQuery(articleQuery(entry));
  return { manifest, entry, article };
}
