import {
  buildSearchIndex,
  search,
  type SearchArticle,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from '@/domain/search';
import type { Highlight, Tag } from '@/domain/annotations/types';
import { decodeArticleBytes, parseArticle } from '@/domain/article';
import { searchArticle, type SearchSource } from './search-source';

/**
 * The article a source holds, parsed as the reader parses it (src/db/article-loader.ts); none for
 * a file that does not decode or parse, which search leaves out, as it did before.
 */
export function readSearchSource(source: SearchSource): SearchArticle | undefined {
  if ('article' in source) return source.article;
  let text: string;
  if ('bytes' in source) {
    const decoded = decodeArticleBytes(source.bytes);
    if (!decoded.ok) return undefined;
    text = decoded.text;
  } else text = source.raw;
  const parsed = parseArticle(source.id, text);
  return parsed.ok ? searchArticle(parsed.article) : undefined;
}

/**
 * What the search worker is asked. `index` (re)builds the index; `articles` (to be parsed there,
 * `SearchSource`) may be left out when they have not changed since the last `index`, so a new
 * highlight does not send every article's text again. A `search` is answered from the index as the requests before it left it
 * (the worker takes messages in order).
 */
export type SearchRequest =
  | {
      id: number;
      kind: 'index';
      articles?: ReadonlyArray<SearchSource>;
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
        if (request.articles) articles = request.articles.flatMap((a) => readSearchSource(a) ?? []);
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
