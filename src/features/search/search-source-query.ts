import { queryOptions } from '@tanstack/react-query';
import type { ManifestEntry } from '@/domain/library/manifest';
import { getDb, getUserArticle } from '@/db';
import { fetchSeedBytes } from '@/db/article-source';
import { articleQuery } from '@/shared/queries/articles';
import { searchArticle, type SearchSource } from './search-source';

/**
 * An article's source for search, by its library entry: the article as the reader has parsed it
 * if it has (articleQuery's cache), else the shipped file's bytes (the download /boot.js started,
 * if it is there) or the text of an article the reader added, for the search worker to parse.
 * None for an article that cannot be read: search leaves it out, as it leaves out one that does
 * not parse. The same download as the reader's (`fetchSeedBytes`).
 */
export function searchSourceQuery(entry: ManifestEntry) {
  return queryOptions({
    queryKey: ['search-source', entry.origin ?? 'seed', entry.id, entry.sha256],
    queryFn: async ({ signal, client }): Promise<SearchSource | null> => {
      const parsed = client.getQueryData(articleQuery(entry).queryKey);
      if (parsed) return parsed.ok ? { article: searchArticle(parsed.article) } : null;
      if (entry.error) return null;
      if (entry.origin === 'mine') {
        const record = await getUserArticle(await getDb(), entry.id);
        return record ? { id: entry.id, raw: record.raw } : null;
      }
      const file = await fetchSeedBytes(entry.file, signal);
      return file.ok ? { id: entry.id, bytes: file.bytes } : null;
    },
    staleTime: Infinity,
  });
}
