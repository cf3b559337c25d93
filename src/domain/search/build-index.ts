/**
 * Building and updating the search index. Documents: one per article title (with its source),
 * one per paragraph, one per highlight (quote, note, tag names) and one per tag name.
 */
import MiniSearch from 'minisearch';
import type { Highlight, Tag } from '@/domain/annotations/types';
import { indexTerms } from './tokenize';
import type {
  DocRef,
  IndexDoc,
  IndexField,
  SearchArticle,
  SearchIndex,
  SearchInput,
} from './types';
import { markdownToPlain } from '@/domain/text/markdown-plain';

export const FIELDS: IndexField[] = [
  'title',
  'source',
  'quote',
  'note',
  'tagNames',
  'tagName',
  'text',
];

/** Title > quote > note > text; a tag's own name counts like a title. */
export const BOOST: Record<IndexField, number> = {
  title: 3,
  tagName: 3,
  quote: 2,
  note: 1.5,
  tagNames: 1.5,
  source: 1.2,
  text: 1,
};

const HAS_DIGIT = /\p{N}/u;
const MAX_EDITS = 2;

/** Prefix search for terms of 3+ characters ("Außen" → "Außenminister"). */
export function usePrefix(term: string): boolean {
  return term.length >= 3;
}

/**
 * Typo tolerance for words of 4+ letters, never for numbers: about 20 % of the length, rounded
 * down (4–9 letters: one edit, 10+: two). MiniSearch's own fraction rounds to nearest, which
 * let "bruessel" reach "gruessen".
 */
export function useFuzzy(term: string): number | false {
  if (term.length < 4 || HAS_DIGIT.test(term)) return false;
  return Math.min(MAX_EDITS, Math.max(1, Math.floor(term.length * 0.2)));
}

function createMini(): MiniSearch<IndexDoc> {
  return new MiniSearch<IndexDoc>({
    fields: FIELDS,
    idField: 'id',
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
    searchOptions: {
      // Queries are planned into already-folded terms (see query.ts).
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: BOOST,
      prefix: usePrefix,
      fuzzy: useFuzzy,
      maxFuzzy: MAX_EDITS,
    },
  });
}

const articleDocId = (articleId: string): string => `a:${articleId}`;
const paragraphDocId = (articleId: string, i: number): string => `p:${articleId}#${i}`;
const highlightDocId = (highlightId: string): string => `h:${highlightId}`;
const tagDocId = (tagId: string): string => `t:${tagId}`;

function put(index: SearchIndex, doc: IndexDoc, ref: DocRef): void {
  if (index.mini.has(doc.id)) index.mini.replace(doc);
  else index.mini.add(doc);
  index.refs.set(doc.id, ref);
}

function drop(index: SearchIndex, id: string): void {
  if (index.mini.has(id)) index.mini.discard(id);
  index.refs.delete(id);
}

/** The tag names of a highlight, as indexed and shown in snippets. */
export function tagNamesOf(index: SearchIndex, highlight: Highlight): string {
  const names: string[] = [];
  for (const id of highlight.tags) {
    const name = index.tags.get(id)?.name;
    if (name) names.push(name);
  }
  return names.join(', ');
}

function putArticle(index: SearchIndex, article: SearchArticle): void {
  if (index.articles.has(article.id)) removeArticleFromIndex(index, article.id);
  index.articles.set(article.id, article);
  put(
    index,
    { id: articleDocId(article.id), title: article.title, source: article.source },
    { type: 'article', articleId: article.id },
  );
  article.paragraphs.forEach(({ start, end }, i) => {
    put(
      index,
      { id: paragraphDocId(article.id, i), text: article.text.slice(start, end) },
      { type: 'paragraph', articleId: article.id, start, end },
    );
  });
}

function putHighlight(index: SearchIndex, highlight: Highlight): void {
  index.highlights.set(highlight.id, highlight);
  put(
    index,
    {
      id: highlightDocId(highlight.id),
      quote: highlight.target.quote.exact,
      note: markdownToPlain(highlight.note),
      tagNames: tagNamesOf(index, highlight),
    },
    { type: 'highlight', highlightId: highlight.id },
  );
}

/** Adds or renames tags; highlights carrying a renamed tag are re-indexed. */
function putTags(index: SearchIndex, tags: ReadonlyArray<Tag>): void {
  const renamed = new Set<string>();
  for (const tag of tags) {
    const old = index.tags.get(tag.id);
    index.tags.set(tag.id, tag);
    if (old && old.name === tag.name) continue;
    if (old) renamed.add(tag.id);
    put(index, { id: tagDocId(tag.id), tagName: tag.name }, { type: 'tag', tagId: tag.id });
  }
  if (renamed.size === 0) return;
  for (const highlight of index.highlights.values()) {
    if (highlight.tags.some((id) => renamed.has(id))) putHighlight(index, highlight);
  }
}

/** Builds the index in one pass over the input (linear in the total text length). */
export function buildSearchIndex(input: SearchInput): SearchIndex {
  const index: SearchIndex = {
    mini: createMini(),
    refs: new Map(),
    articles: new Map(),
    highlights: new Map(),
    tags: new Map(),
  };
  putTags(index, input.tags);
  for (const article of input.articles) putArticle(index, article);
  for (const highlight of input.highlights) putHighlight(index, highlight);
  return index;
}

/**
 * Adds or replaces one highlight. `tags` are the tags it refers to (or all tags); any that are
 * new or renamed are updated too, with the other highlights that carry them.
 */
export function updateHighlightInIndex(
  index: SearchIndex,
  highlight: Highlight,
  tags: ReadonlyArray<Tag>,
): void {
  putTags(index, tags);
  putHighlight(index, highlight);
}

export function removeHighlightFromIndex(index: SearchIndex, highlightId: string): void {
  drop(index, highlightDocId(highlightId));
  index.highlights.delete(highlightId);
}

/** Replaces the whole tag list: renamed tags re-index their highlights, removed ones go. */
export function updateTagsInIndex(index: SearchIndex, tags: ReadonlyArray<Tag>): void {
  const keep = new Set(tags.map((t) => t.id));
  const removed = [...index.tags.keys()].filter((id) => !keep.has(id));
  for (const id of removed) {
    index.tags.delete(id);
    drop(index, tagDocId(id));
  }
  putTags(index, tags);
  if (removed.length === 0) return;
  const gone = new Set(removed);
  for (const highlight of index.highlights.values()) {
    if (highlight.tags.some((id) => gone.has(id))) putHighlight(index, highlight);
  }
}

/** Adds or replaces an article (its title document and every paragraph). */
export function updateArticleInIndex(index: SearchIndex, article: SearchArticle): void {
  putArticle(index, article);
}

/** Removes an article's title and paragraphs; its highlights stay until removed themselves. */
export function removeArticleFromIndex(index: SearchIndex, articleId: string): void {
  const old = index.articles.get(articleId);
  if (!old) return;
  drop(index, articleDocId(articleId));
  old.paragraphs.forEach((_, i) => drop(index, paragraphDocId(articleId, i)));
  index.articles.delete(articleId);
}
