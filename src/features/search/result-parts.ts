import type { SearchResult, SearchSnippet } from '@/domain/search';
import type { ArticleDetails } from '@/domain/annotations/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { resolveDetails } from '@/domain/article/details';
import type { MessageId } from '@/shared/i18n/message-id';
import { readerHref } from '@/shared/paths';

/**
 * What a list of search results is made of, shared by the app's `ResultList` (search-page.tsx)
 * and the results /search-first.js draws before the app has started (search-first.ts), so the
 * app's first render replaces those with the same elements.
 */

/** The attribute of the region the results are drawn in (by the app, or by /search-first.js). */
export const RESULTS_REGION = 'data-search-results';

/** Results shown at most; with an outlet chosen, this many are searched first, then filtered. */
export const LIMIT = 80;
export const LIMIT_BEFORE_OUTLET = 2000;

export const KIND_LABEL: Record<SearchResult['kind'], MessageId> = {
  article: 'search.kind.article',
  paragraph: 'search.kind.paragraph',
  highlight: 'search.kind.highlight',
  note: 'search.kind.note',
  tag: 'search.kind.tag',
};

/** The classes of each element of the results. */
export const RESULT_CLASS = {
  list: 'space-y-8',
  count: 'text-sm text-muted',
  sectionHeading: 'mb-2 text-sm font-semibold text-ink',
  items: 'space-y-2',
  link: 'block rounded-xl border border-line bg-surface p-3 hover:border-accent',
  kindAndTitle: 'block text-xs text-muted',
  snippet: 'mt-1 block font-serif text-[0.95rem] leading-snug text-ink-2',
  hit: 'rounded bg-[var(--hl-yellow)] px-0.5 text-ink',
} as const;

/** Results found in the articles' text, and those in notes, highlights and tags. */
export function splitResults(results: SearchResult[]): {
  inText: SearchResult[];
  inNotes: SearchResult[];
} {
  const inText = results.filter((r) => r.kind === 'paragraph' || r.kind === 'article');
  const inNotes = results.filter((r) => r.kind !== 'paragraph' && r.kind !== 'article');
  return { inText, inNotes };
}

/** A snippet as runs of text, the matched words marked. */
export function snippetParts(snippet: SearchSnippet): Array<{ text: string; hit: boolean }> {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const m of snippet.matches) {
    if (m.start > at) parts.push({ text: snippet.text.slice(at, m.start), hit: false });
    parts.push({ text: snippet.text.slice(m.start, m.end), hit: true });
    at = m.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), hit: false });
  return parts;
}

/** Highlights open on themselves; text hits open the reader with the matched words selected. */
export function hrefFor(r: SearchResult): string {
  if (r.highlightId) return readerHref(r.articleId, r.highlightId);
  const range =
    r.firstMatch ??
    (r.start !== undefined && r.end !== undefined ? { start: r.start, end: r.end } : undefined);
  return readerHref(r.articleId, range && { kind: 'passage', ...range });
}

/** A result's key in a list. */
export const resultKey = (r: SearchResult, i: number) =>
  `${r.kind}:${r.highlightId ?? r.articleId}:${r.start ?? i}`;

/** What a result says of its article: the title, and the language its text is in. */
export interface ResultArticle {
  title: string;
  language?: string;
}

/** An article list entry's title and language, as the reader set them (`details`) or derived. */
export function resultArticle(entry: ManifestEntry, details?: ArticleDetails): ResultArticle {
  if (!entry.summary) return { title: entry.file };
  const resolved = resolveDetails(entry.summary, details);
  return {
    title: resolved.title.value ?? entry.file,
    language: resolved.language.value ?? entry.summary.language,
  };
}

/**
 * The language of a result's snippet: an article's title, text or a highlight's quote are in
 * the article's; a note or a tag is the reader's own words, so none is claimed for it.
 */
export const snippetLanguage = (r: SearchResult, article: ResultArticle | undefined) =>
  r.kind === 'note' || r.kind === 'tag' ? undefined : article?.language;
