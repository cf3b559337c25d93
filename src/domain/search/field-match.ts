/**
 * Which field of a hit to show: phrase checks (a quick pattern, then the exact token check)
 * and the matched words of each field, as ranges into that field's original text.
 */
import type { SearchResult as MiniResult } from 'minisearch';
import { tagNamesOf } from './build-index';
import { foldMarked } from '../text/fold';
import type { QueryPlan } from './query';
import { phraseRanges, termRanges } from './snippet';
import { phraseWords, scanTokens } from './tokenize';
import type { DocRef, IndexField, SearchIndex, TextRange } from './types';
import { markdownToPlain } from '@/domain/text/markdown-plain';

/** Candidate fields per document type, in order of preference. */
const TYPE_FIELDS: Record<DocRef['type'], IndexField[]> = {
  article: ['title', 'source'],
  paragraph: ['text'],
  highlight: ['quote', 'note', 'tagNames'],
  tag: ['tagName'],
};

export function fieldText(index: SearchIndex, ref: DocRef, field: IndexField): string | undefined {
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
      if (field === 'note') return markdownToPlain(h.note);
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

export interface FieldMatch {
  field: IndexField;
  text: string;
  ranges: TextRange[];
}

/**
 * The field to show for a hit: every phrase must occur in one of the allowed fields (else
 * `undefined`); among them the field with most phrase hits, then most matched terms, wins.
 */
export function bestField(
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
