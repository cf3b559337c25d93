/**
 * Searching the index: plan the query, ask MiniSearch (AND, then OR if AND finds nothing),
 * check phrases, pick the field that matched best and cut a snippet from it.
 */
import type { SearchResult as MiniResult } from 'minisearch';
import { tagNamesOf } from './build-index';
import { foldMarked } from './fold';
import { planQuery, type QueryPlan } from './query';
import { makeSnippet, mergeRanges, phraseRanges, termRanges } from './snippet';
import { phraseWords, scanTokens } from './tokenize';
import type {
  DocRef,
  IndexField,
  SearchIndex,
  SearchKind,
  SearchOptions,
  SearchResult,
  TagSearchResult,
  TextRange,
} from './types';

export const DEFAULT_LIMIT = 50;

const ALL_KINDS: readonly SearchKind[] = ['article', 'paragraph', 'highlight', 'note', 'tag'];

/** The fields behind each kind, in order of preference when several matched. */
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

/** Candidate fields per document type, in order of preference. */
const TYPE_FIELDS: Record<DocRef['type'], IndexField[]> = {
  article: ['title', 'source'],
  paragraph: ['text'],
  highlight: ['quote', 'note', 'tagNames'],
  tag: ['tagName'],
};

function fieldText(index: SearchIndex, ref: DocRef, field: IndexField): string | undefined {
  switch (ref.type) {
    case 'article': {
      const article = index.articles.get(ref.articleId);
      return field === 'title' ? article?.title : article?.source;
    }
    case 'paragraph':
      return index.articles.get(ref.articleId)?.text.slice(ref.start, ref.end);
    case 'highlight': {
      const h = index.highlights.get(ref.highlightId);
      if (!h) return undefined;
      if (field === 'quote') return h.target.quote.exact;
      if (field === 'note') return h.note;
      return tagNamesOf(index, h);
    }
    case 'tag':
      return index.tags.get(ref.tagId)?.name;
  }
}

/** A cheap necessary condition for the phrases: all their words matched, and each pattern hits. */
function mayHavePhrases(
  index: SearchIndex,
  ref: DocRef,
  hit: MiniResult,
  plan: QueryPlan,
  allowed: ReadonlySet<IndexField>,
): boolean {
  const matched = new Set(hit.queryTerms);
  if (!plan.phraseTerms.every((terms) => terms.every((t) => matched.has(t)))) return false;
  const texts: string[] = [];
  for (const field of TYPE_FIELDS[ref.type]) {
    const text = allowed.has(field) ? fieldText(index, ref, field) : undefined;
    if (text) texts.push(foldMarked(text));
  }
  return plan.patterns.every((pattern) => texts.some((t) => pattern.test(t)));
}

interface FieldMatch {
  field: IndexField;
  text: string;
  ranges: TextRange[];
}

/**
 * The field to show for a hit: every phrase must occur in one of the allowed fields (else
 * `undefined`); among them the field with most phrase hits, then most matched terms, wins.
 */
function bestField(
  index: SearchIndex,
  ref: DocRef,
  hit: MiniResult,
  plan: QueryPlan,
  allowed: ReadonlySet<IndexField>,
): FieldMatch | undefined {
  if (plan.phrases.length > 0 && !mayHavePhrases(index, ref, hit, plan, allowed)) return undefined;
  let best: { match: FieldMatch; rank: number } | undefined;
  const phrasesFound = new Set<number>();
  for (const field of TYPE_FIELDS[ref.type]) {
    if (!allowed.has(field)) continue;
    const text = fieldText(index, ref, field);
    if (!text) continue;
    const terms = new Set(Object.keys(hit.match).filter((t) => hit.match[t]?.includes(field)));
    if (terms.size === 0 && plan.phrases.length === 0) continue;
    const tokens = scanTokens(text);
    const ranges = termRanges(tokens, terms);
    let phraseHits = 0;
    plan.phrases.forEach((phrase, i) => {
      const found = phraseRanges(phraseWords(tokens), phrase);
      if (found.length === 0) return;
      phrasesFound.add(i);
      phraseHits++;
      ranges.push(...found);
    });
    if (ranges.length === 0) continue;
    const rank = phraseHits * 1000 + terms.size;
    if (!best || rank > best.rank) best = { match: { field, text, ranges }, rank };
  }
  return phrasesFound.size === plan.phrases.length ? best?.match : undefined;
}

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
