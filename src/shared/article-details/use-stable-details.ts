import { useMemo } from 'react';
import type { ArticleDetails, ArticleState } from '@/domain/annotations/types';

export type DetailsById = Readonly<Record<string, { details: ArticleDetails }>>;

/**
 * The details the reader set, by article id, from the article states: the same object until a
 * detail changes, so what is derived from them (the library's outlets, its sorted list) is not
 * worked out again each time a reading position is saved. Undefined while the states load.
 */
export function useStableDetails(
  states: Readonly<Record<string, ArticleState>> | undefined,
): DetailsById | undefined {
  const key = useMemo(() => {
    if (!states) return undefined;
    const pairs: Array<[string, ArticleDetails]> = [];
    for (const state of Object.values(states))
      if (state.details) pairs.push([state.articleId, state.details]);
    return JSON.stringify(pairs);
  }, [states]);
  return useMemo(() => {
    if (key === undefined) return undefined;
    const pairs = JSON.parse(key) as Array<[string, ArticleDetails]>;
    return Object.fromEntries(pairs.map(([id, details]) => [id, { details }]));
  }, [key]);
}
