/**
 * A printable Markdown study sheet: per article its title, source and date, tags and note, then
 * each highlight as a blockquote with its colour's meaning, tags and note. The sheet's own words
 * come from the interface (`SheetLabels`), so it is written in the interface's language.
 */
import type { ArticleDate } from '@/domain/article/types';
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
}

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
}

function tagLine(tags: readonly string[]): string {
  return tags.map(escapeInline).join(', ');
}

function highlightBlock(h: SheetHighlight, labels: SheetLabels): string {
  const meta = [h.colorLabel.trim() === '' ? '' : `**${escapeInline(h.colorLabel.trim())}**`];
  if (h.tags.length > 0) meta.push(labels.tags(tagLine(h.tags)));
  const parts = [meta.filter(Boolean).join(' · '), blockquote(h.quote)];
  const note = noteMarkdown(h.note);
  if (note !== '') parts.push(note);
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
