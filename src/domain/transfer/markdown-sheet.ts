/**
 * A printable Markdown study sheet: per article its title, source and date, tags and note, then
 * each highlight as a blockquote with its colour's meaning, tags, note and links to other
 * passages. The sheet's own words come from the interface (`SheetLabels`), so it is written in
 * the interface's language.
 */
import type { LinkRelation } from '@/domain/annotations/types';
import type { ArticleDate } from '@/domain/article/types';
import { shorten } from '@/domain/text/excerpt';
import { articleDetail, formatArticleDate } from '@/domain/format/date';
import { blockquote, escapeInline, escapeLine, headingText, noteMarkdown } from './markdown-escape';

export interface SheetHighlight {
  quote: string;
  /** Markdown; empty when there is none. */
  note: string;
  /** Tag names. */
  tags: string[];
  /** What the highlight's colour means ("Key claim"). */
  colorLabel: string;
  /** Links to other passages, in the order they were made. */
  links?: SheetLink[];
}

/** A link from a highlight on the sheet to another passage. */
export interface SheetLink {
  relation: LinkRelation;
  /** The other passage's quote (shortened on the sheet); undefined when it is not among the highlights. */
  quote?: string;
  /** The title of the other passage's article. */
  articleTitle?: string;
  /** Why the two are linked (plain text); empty when there is none. */
  note: string;
}

/** How much of a linked passage's quote the sheet shows. */
export const SHEET_LINK_QUOTE_CHARS = 120;

export interface SheetArticle {
  id: string;
  title: string;
  source?: string;
  date?: ArticleDate;
  /** The article's language (BCP 47): its date is written in it. */
  language?: string;
  /** In reading order. */
  highlights: SheetHighlight[];
  /** The article's note (Markdown). */
  note?: string;
  /** Tag names. */
  tags?: string[];
}

export interface SheetInput {
  title: string;
  articles: SheetArticle[];
  /** When the sheet was made (ISO timestamp or Date). */
  generatedAt: string | Date;
}

/** The sheet's own words, in the interface's language (the export section makes them). */
export interface SheetLabels {
  /** The interface's language (BCP 47), for the date the sheet was made. */
  language: string;
  /** "Made with Sidenote on 22 November 2026 · 2 articles · 2 highlights" */
  header: (parts: { date: string; articles: number; highlights: number }) => string;
  /** "Tags: Eskalation, NATO": `list` is escaped Markdown, the words around it plain. */
  tags: (list: string) => string;
  /** The heading of an article without a title: "Untitled". */
  untitled: string;
  /** Under an article without highlights: "No highlights." */
  noHighlights: string;
  /** Above a highlight's links: "Linked passages:". */
  links: string;
  /** A relation's name: "Contradicts". */
  relation: (relation: LinkRelation) => string;
  /**
   * One link: "{relation}: “{quote}” in {title}". The parts are Markdown (escaped, the relation
   * in bold, the title in italics); the words around them plain.
   */
  link: (parts: { relation: string; quote: string; title: string }) => string;
  /** A link whose other passage is not among the highlights: "{relation}: a passage …". */
  linkElsewhere: (parts: { relation: string }) => string;
  /** A link's note: "Why: {note}" (`note` is escaped Markdown). */
  linkNote: (note: string) => string;
}

function tagLine(tags: readonly string[]): string {
  return tags.map(escapeInline).join(', ');
}

/** Plain text on one line (the sheet's list items): whitespace runs become one space. */
function oneLine(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' ').trim());
}

function linkItem(link: SheetLink, labels: SheetLabels): string {
  const relation = `**${oneLine(labels.relation(link.relation))}**`;
  const line =
    link.quote === undefined
      ? labels.linkElsewhere({ relation })
      : labels.link({
          relation,
          quote: oneLine(shorten(link.quote, SHEET_LINK_QUOTE_CHARS)),
          title: `_${oneLine(link.articleTitle?.trim() || labels.untitled)}_`,
        });
  const note = oneLine(link.note);
  // The note continues the item on its own line (a backslash is a hard line break).
  return note === '' ? `- ${line}` : `- ${line}\\\n  ${labels.linkNote(note)}`;
}

function highlightBlock(h: SheetHighlight, labels: SheetLabels): string {
  const meta = [h.colorLabel.trim() === '' ? '' : `**${escapeInline(h.colorLabel.trim())}**`];
  if (h.tags.length > 0) meta.push(labels.tags(tagLine(h.tags)));
  const parts = [meta.filter(Boolean).join(' · '), blockquote(h.quote)];
  const note = noteMarkdown(h.note);
  if (note !== '') parts.push(note);
  if (h.links && h.links.length > 0) {
    parts.push(escapeLine(labels.links), h.links.map((l) => linkItem(l, labels)).join('\n'));
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

function articleBlock(a: SheetArticle, labels: SheetLabels): string {
  const parts = [`## ${headingText(a.title) || headingText(labels.untitled)}`];
  const detail = articleDetail({ source: a.source, date: a.date, language: a.language });
  if (detail !== '') parts.push(escapeLine(detail));
  if (a.tags && a.tags.length > 0) parts.push(labels.tags(tagLine(a.tags)));
  const note = noteMarkdown(a.note ?? '');
  if (note !== '') parts.push(note);
  if (a.highlights.length === 0) parts.push(`_${escapeInline(labels.noHighlights)}_`);
  for (const h of a.highlights) parts.push(highlightBlock(h, labels));
  return parts.join('\n\n');
}

function generatedOn(at: string | Date, language: string): string {
  const iso = typeof at === 'string' ? at : at.toISOString();
  return formatArticleDate({ iso: iso.slice(0, 10), precision: 'day' }, language);
}

/** The sheet as Markdown text, ending with one newline, in the words of `labels`. */
export function toMarkdownSheet(input: SheetInput, labels: SheetLabels): string {
  const count = input.articles.reduce((n, a) => n + a.highlights.length, 0);
  const made = labels.header({
    date: generatedOn(input.generatedAt, labels.language),
    articles: input.articles.length,
    highlights: count,
  });
  const header = [`# ${headingText(input.title) || 'Sidenote'}`, `_${escapeInline(made)}_`];
  return `${[...header, ...input.articles.map((a) => articleBlock(a, labels))].join('\n\n')}\n`;
}
