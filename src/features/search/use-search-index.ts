import { startTransition, useEffect, useMemo, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useManifest } from '@/shared/queries/articles';
import { useAllHighlights, useArticleStates, useTags } from '@/db/live';
import { reasonOf, SearchClient } from './search-client';
import type { SearchSource } from './search-source';
import { searchSourceQuery } from './search-source-query';
import { resultArticle, type ResultArticle } from './result-parts';

export interface SearchIndexState {
  /** Asks the index; its answers reflect the latest build once `version` has moved to it. */
  client: SearchClient;
  /** Counts finished builds: undefined until the first, then new after each rebuild. */
  version: number | undefined;
  /** Why the index could not be built (the worker failed), if it could not. */
  failed: string | undefined;
  /** Each article's title and language, for the results. */
  articles: Map<string, ResultArticle>;
  loading: boolean;
  articleCount: number;
}

/**
 * The search index over every readable article's text, every highlight (quote, note, tags) and
 * every tag, built in the search worker (search-client.ts). Rebuilt when highlights or tags
 * change in any tab; the worker stops when the page goes.
 */
export function useSearchIndex(): SearchIndexState {
  const manifest = useManifest();
  const entries = useMemo(
    () => (manifest.data?.articles ?? []).filter((e) => e.summary),
    [manifest.data],
  );
  // Each article's text, parsed in the worker (search-source-query.ts), not here.
  const loaded = useQueries({ queries: entries.map((e) => searchSourceQuery(e)) });
  const highlights = useAllHighlights();
  const tags = useTags();
  const pending = manifest.isPending || loaded.some((q) => q.isPending) || !highlights || !tags;
  const list = loaded.flatMap((q) => q.data ?? []);
  const key = entries.map((e, i) => (loaded[i]?.data ? `${e.id}:${e.sha256}` : '')).join('|');

  const articles = useMemo(
    (): SearchSource[] => list,
    // `list` is rebuilt each render; its entries (`key`) say when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  const [client] = useState(() => new SearchClient());
  useEffect(() => {
    // Takes over the worker this code started as it loaded (search-page.tsx), or starts one, so
    // its code loads while the articles do; it stops when the page goes.
    client.prepare();
    return () => client.close();
  }, [client]);
  const [built, setBuilt] = useState<{ version?: number; failed?: string }>({});
  useEffect(() => {
    if (pending || !highlights || !tags) return;
    let live = true;
    client.index({ articles, highlights, tags }).then(
      // A transition: the results the new index brings are drawn in slices, not one long task.
      () => live && startTransition(() => setBuilt((b) => ({ version: (b.version ?? 0) + 1 }))),
      (err: unknown) => live && setBuilt((b) => ({ ...b, failed: reasonOf(err) })),
    );
    return () => {
      live = false;
    };
  }, [client, pending, articles, highlights, tags]);

  // Titles (and languages) as the reader set them, else as derived.
  const states = useArticleStates();
  const articleLabels = useMemo(
    () => new Map(entries.map((e) => [e.id, resultArticle(e, states?.[e.id]?.details)])),
    [entries, states],
  );
  return {
    client,
    version: built.version,
    failed: built.failed,
    articles: articleLabels,
    loading: pending || (built.version === undefined && built.failed === undefined),
    articleCount: articles.length,
  };
}
