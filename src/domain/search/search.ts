/**
 * Searching the index: plan the query, ask MiniSearch (AND, then OR if AND finds nothing),
 * check phrases, pick the field that matched best and cut a snippet from it.
 */
import type { SearchResult as MiniResult } from 'minisearch';
import { bestField, type FieldMatch } from './field-match';
import { planQuery, type QueryPlan } from './query';
import { makeSnippet, mergeRanges } from './snippet';
import type {
  DocRef,
  IndexField,
  SearchIndex,
  SearchKind,
  SearchOptions,
  SearchResult,
  TagSearchResult,
} from './types';

export const DEFAULT_LIMIT = 50;

const ALL_KINDS: readonly SearchKind[] = ['article', 'paragraph', 'highlight', 'note', 'tag'];

/** The fields behind each kind (a search for some kinds searches only their fields). */
const KIND_FIELDS: Record<SearchKind, IndexField[]> = {
  article: ['title', 'source'],
  highlight: ['quote'],
  note: ['note'],
  tag: ['tagNames'],
  paragraph: ['text'],
};

const FIELD_KIND: Partial<Record<IndexField, SearchKind>> = {
  title: 'article',
  source: 'article',
  quote: 'highlight',
  note: 'note',
  tagNames: 'tag',
  text: 'paragraph',
};

function toResult(
  index: SearchIndex,
  ref: DocRef,
  hit: MiniResult,
  match: FieldMatch,
): SearchResult | undefined {
  const kind = FIELD_KIND[match.field];
  const snippet = makeSnippet(match.text, match.ranges);
  const score = hit.score;
  if (ref.type === 'paragraph') {
    const first = mergeRanges(match.ranges)[0];
    const result: SearchResult = {
      kind: 'paragraph',
      score,
      articleId: ref.articleId,
      start: ref.start,
      end: ref.end,
      snippet,
    };
    if (first) result.firstMatch = { start: ref.start + first.start, end: ref.start + first.end };
    return result;
  }
  if (ref.type === 'article') return { kind: 'article', score, articleId: ref.articleId, snippet };
  if (ref.type !== 'highlight' || !kind) return undefined;
  const h = index.highlights.get(ref.highlightId);
  if (!h) return undefined;
  const { start, end } = h.target.position;
  return { kind, score, articleId: h.articleId, highlightId: h.id, start, end, snippet };
}

function collect(
  index: SearchIndex,
  hits: MiniResult[],
  plan: QueryPlan,
  allowed: ReadonlySet<IndexField>,
  limit: number,
): SearchResult[] {
  const out: SearchResult[] = [];
  for (const hit of hits) {
    if (out.length >= limit) break;
    const ref = index.refs.get(String(hit.id));
    if (!ref) continue;
    const match = bestField(index, ref, hit, plan, allowed);
    if (!match) continue;
    const result = toResult(index, ref, hit, match);
    if (result) out.push(result);
  }
  return out;
}

/** Runs the plan with AND, then with OR if AND found nothing that `pick` kept. */
function runPlan<T>(
  index: SearchIndex,
  plan: QueryPlan,
  fields: IndexField[],
  pick: (hits: MiniResult[], allowed: ReadonlySet<IndexField>) => T[],
): T[] {
  const allowed = new Set(fields);
  const modes = plan.relaxable ? (['AND', 'OR'] as const) : (['AND'] as const);
  for (const combineWith of modes) {
    const hits = index.mini.search({ combineWith, queries: plan.clauses }, { fields });
    const results = pick(hits, allowed);
    if (results.length > 0) return results;
  }
  return [];
}

/**
 * Searches articles (titles, sources, paragraphs), highlight quotes, notes and tag names.
 * Results are sorted by score; an empty query gives none.
 */
export function search(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchResult[] {
  if (query.trim() === '') return [];
  const plan = planQuery(query);
  if (plan.clauses.length === 0) return [];
  const kinds = options.kinds ?? ALL_KINDS;
  const fields = [...new Set(kinds.flatMap((k) => KIND_FIELDS[k]))];
  if (fields.length === 0) return [];
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  return runPlan(index, plan, fields, (hits, allowed) =>
    collect(index, hits, plan, allowed, limit),
  );
}

/**
 * Whether `query` has anything to search for: false for blank queries and for queries made
 * only of stop words and single letters (which `search` answers with no results).
 */
export function isSearchableQuery(query: string): boolean {
  return query.trim() !== '' && planQuery(query).clauses.length > 0;
}

/** Searches tag names only (for a tag picker or a "tags" section of the results). */
export function searchTags(
  index: SearchIndex,
  query: string,
  options: { limit?: number } = {},
): TagSearchResult[] {
  if (query.trim() === '') return [];
  const plan = planQuery(query);
  if (plan.clauses.length === 0) return [];
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  return runPlan(index, plan, ['tagName'], (hits, allowed) => {
    const out: TagSearchResult[] = [];
    for (const hit of hits) {
      if (out.length >= limit) break;
      const ref = index.refs.get(String(hit.id));
      if (ref?.type !== 'tag') continue;
      const match = bestField(index, ref, hit, plan, allowed);
      if (match)
        out.push({
          tagId: ref.tagId,
          score: hit.score,
          snippet: makeSnippet(match.text, match.ranges),
        });
    }
    return out;
  });
}
