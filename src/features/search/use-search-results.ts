import { startTransition, useEffect, useState } from 'react';
import type { SearchResult } from '@/domain/search';
import { reasonOf, type SearchClient } from './search-client';

import { LIMIT, LIMIT_BEFORE_OUTLET } from './result-parts';

export { LIMIT, LIMIT_BEFORE_OUTLET };

export interface SearchAnswerState {
  /** The query these results answer (the field may be ahead of it while the worker searches). */
  query: string;
  results: SearchResult[];
  /** Results the outlet filter held back. */
  hidden: number;
}

/**
 * Asks the index for `query` whenever it, the index (`version`) or the filter changes. An answer
 * to an older query is dropped when it comes after a newer one was asked; until the newest
 * arrives, the last answer stays on screen (as results appear while typing). `keep` says which
 * articles the chosen outlet keeps (undefined: all).
 */
export function useSearchResults(
  client: SearchClient,
  version: number | undefined,
  query: string,
  keep: ((articleId: string) => boolean) | undefined,
  /** What shows until the first answer (the results drawn before the app started). */
  initial?: SearchAnswerState,
): { answer: SearchAnswerState | undefined; failed: string | undefined } {
  const [answer, setAnswer] = useState<SearchAnswerState | undefined>(initial);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (version === undefined || !query.trim()) return;
    let live = true;
    client.search(query, { limit: keep ? LIMIT_BEFORE_OUTLET : LIMIT }).then(
      (all) => {
        if (!live) return;
        const kept = keep ? all.filter((r) => keep(r.articleId)) : all;
        const next = { query, results: kept.slice(0, LIMIT), hidden: all.length - kept.length };
        // A transition: a long list of results is drawn in slices, and typing goes first.
        startTransition(() => {
          setAnswer(next);
          setFailed(undefined);
        });
      },
      (err: unknown) => live && setFailed(reasonOf(err)),
    );
    return () => {
      live = false;
    };
  }, [client, version, query, keep]);
  return { answer, failed };
}
