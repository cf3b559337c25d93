/**
 * A printable Markdown study sheet: per article its title, source and date, tags and note, then
 * each highlight as a blockquote with its colour's meaning, tags and note.
 */
import type { ArticleDate } from '@/domain/article/types';
import { articleDetail, formatArticleDate } from '@/domain/format/date';
import { blockquote, escapeInline, headingText, noteMarkdown } from './markdown-escape';

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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tagLine(tags: readonly string[]): string {
  return tags.map(escapeInline).join(', ');
}

function highlightBlock(h: SheetHighlight): string {
  const meta = [h.colorLabel.trim() === '' ? '' : `**${escapeInline(h.colorLabel.trim())}**`];
  if (h.tags.length > 0) meta.push(`Tags: ${tagLine(h.tags)}`);
  const parts = [meta.filter(Boolean).join(' · '), blockquote(h.quote)];
  const note = noteMarkdown(h.note);
  if (note !== '') parts.push(note);
  return parts.filter((p) => p !== '').join('\n\n');
}

function articleBlock(a: SheetArticle): string {
  const parts = [`## ${headingText(a.title) || 'Untitled'}`];
  const detail = articleDetail({ source: a.source, date: a.date });
  if (detail !== '') parts.push(escapeInline(detail));
  if (a.tags && a.tags.length > 0) parts.push(`Tags: ${tagLine(a.tags)}`);
  const note = noteMarkdown(a.note ?? '');
  if (note !== '') parts.push(note);
  if (a.highlights.length === 0) parts.push('_No highlights._');
  for (const h of a.highlights) parts.push(highlightBlock(h));
  return parts.join('\n\n');
}

function generatedOn(at: string | Date): string {
  const iso = typeof at === 'string' ? at : at.toISOString();
  return formatArticleDate({ iso: iso.slice(0, 10), precision: 'day' });
}

/** The sheet as Markdown text, ending with one newline. */
export function toMarkdownSheet(input: SheetInput): string {
  const count = input.articles.reduce((n, a) => n + a.highlights.length, 0);
  const header = [
    `# ${headingText(input.title) || 'Sidenote'}`,
    `_${[`Made with Sidenote on ${generatedOn(input.generatedAt)}`, plural(input.articles.length, 'article'), plural(count, 'highlight')].join(' · ')}_`,
  ];
  return `${[...header, ...input.articles.map(articleBlock)].join('\n\n')}\n`;
}
