import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchManifest, loadSeedArticle } from '@/db/article-source';
import type { ManifestEntry } from '@/domain/library/manifest';

/** Static article files are read through React Query; user data goes through Dexie live queries. */
export const manifestQuery = queryOptions({
  queryKey: ['seeds', 'manifest'],
  queryFn: ({ signal }) => fetchManifest(signal),
  staleTime: Infinity,
  retry: 1,
});

export function articleQuery(entry: ManifestEntry | undefined) {
  return queryOptions({
    queryKey: ['seeds', 'article', entry?.id, entry?.sha256],
    queryFn: ({ signal }) => {
      if (!entry) throw new Error('No such article');
      return loadSeedArticle(entry, signal);
    },
    enabled: entry !== undefined,
    staleTime: Infinity,
  });
}

export function useManifest() {
  return useQuery(manifestQuery);
}

/** The manifest entry and the loaded article for an id; `entry` is undefined for an unknown id. */
export function useArticle(id: string) {
  const manifest = useManifest();
  const entry = manifest.data?.articles.find((a) => a.id === id);
  const article = useQuery(articleQuery(entry));
  return { manifest, entry, article };
}
