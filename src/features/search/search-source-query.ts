import { queryOptions } from '@tanstack/react-query';
import type { ManifestEntry } from '@/domain/library/manifest';
import { getDb, getUserArticle } from '@/db';
import { takeEarlySeedFile } from '@/db/article-source';
import { articleQuery } from '@/shared/queries/articles';
import { searchArticle, type SearchSource } from './search-source';

const base = (): string => import.meta.env.BASE_URL ?? '/';

/**
 * An article's source for search, by its library entry: the article as the reader has parsed it
 * if it has (articleQuery's cache), else the shipped file's bytes (the download /boot.js started,
 * if it is there) or the text of an article the reader added, for the search worker to parse.
 * None for an article that cannot be read: search leaves it out, as it leaves out one that does
 * not parse. The same download checks as the reader's (src/db/article-loader.ts).
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
      let response: Response;
      try {
        response = await (takeEarlySeedFile(entry.file) ??
          fetch(`${base()}seeds/${encodeURIComponent(entry.file)}`, { signal }));
      } catch (err) {
        if (signal.aborted) throw err;
        return null;
      }
      // A static server answers an unknown path with the app's index.html.
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || type.includes('text/html')) return null;
      return { id: entry.id, bytes: await response.arrayBuffer() };
    },
    staleTime: Infinity,
  });
}
