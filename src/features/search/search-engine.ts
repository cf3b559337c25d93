import {
  buildSearchIndex,
  search,
  type SearchArticle,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from '@/domain/search';
import type { Highlight, Tag } from '@/domain/annotations/types';

/**
 * What the search worker is asked. `index` (re)builds the index; `articles` may be left out
 * when they have not changed since the last `index`, so a new highlight does not send every
 * article's text again. A `search` is answered from the index as the requests before it left it
 * (the worker takes messages in order).
 */
export type SearchRequest =
  | {
      id: number;
      kind: 'index';
      articles?: ReadonlyArray<SearchArticle>;
      highlights: ReadonlyArray<Highlight>;
      tags: ReadonlyArray<Tag>;
    }
  | { id: number; kind: 'search'; query: string; options?: SearchOptions };

/** `results` for a `search`; nothing for an `index`. `id` pairs the answer with its request. */
export type SearchAnswer =
  { id: number; ok: true; results?: SearchResult[] } | { id: number; ok: false; reason: string };

/**
 * The index and its queries, one request at a time: what runs in the search worker, and in
 * this thread where there are no workers (unit tests in jsdom).
 */
export function createSearchEngine(): (request: SearchRequest) => SearchAnswer {
  let articles: ReadonlyArray<SearchArticle> | undefined;
  let index: SearchIndex | undefined;
  return (request) => {
    try {
      if (request.kind === 'index') {
        if (request.articles) articles = request.articles;
        if (!articles) throw new Error('The articles to search were not sent.');
        index = buildSearchIndex({
          articles,
          highlights: request.highlights,
          tags: request.tags,
        });
        return { id: request.id, ok: true };
      }
      if (!index) throw new Error('The search index is not built yet.');
      return { id: request.id, ok: true, results: search(index, request.query, request.options) };
    } catch (err) {
      return {
        id: request.id,
        ok: false,
        reason: err instanceof Error ? err.message : String(err),
      };
    }
  };
}
