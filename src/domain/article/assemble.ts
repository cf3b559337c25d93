/**
 * Units plus roles → the article's fields, `text` and paragraph ranges. Paragraphs keep file
 * order and are joined by exactly one blank line, so `text.slice(start, end)` is a paragraph
 * and nothing else is in `text`.
 */
import { datesAgree, morePrecise } from './date';
import { paragraphRole, type Role } from './roles';
import type { ArticleDate, Paragraph } from './types';
import type { Unit } from './units';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface Assembled {
  title?: string;
  subtitle?: string;
  byline?: string;
  date?: ArticleDate;
  source?: string;
  sourceLines: string[];
  removed: string[];
  text: string;
  paragraphs: Paragraph[];
}

/**
 * Settles the date: a date line that agrees with the file's marker refines it (the more precise
 * wins); one that disagrees loses to the marker and stays in the text as a `meta` paragraph
 * (or, inside a byline, stays part of the byline) so nothing is lost.
 */
function settleDate(roles: Role[], marker: ArticleDate | undefined): ArticleDate | undefined {
  let date = marker;
  roles.forEach((role, i) => {
    const found = role.kind === 'date' || role.kind === 'byline' ? role.date : undefined;
    if (!found) return;
    if (!date || datesAgree(date, found)) {
      date = date ? morePrecise(date, found) : found;
    } else if (role.kind === 'byline') {
      roles[i] = { kind: 'byline', byline: role.full, full: role.full };
    } else {
      roles[i] = paragraphRole('meta');
    }
  });
  return date;
}

export function assemble(units: readonly Unit[], input: Role[], marker?: ArticleDate): Assembled {
  const roles = [...input];
  const date = settleDate(roles, marker);
  const out: Assembled = { sourceLines: [], removed: [], text: '', paragraphs: [] };
  if (date) out.date = date;
  const parts: string[] = [];
  let offset = 0;
  roles.forEach((role, i) => {
    const text = units[i]?.text ?? '';
    switch (role.kind) {
      case 'title':
        out.title ??= text;
        break;
      case 'subtitle':
        out.subtitle ??= text;
        break;
      case 'byline':
        out.byline ??= role.byline;
        break;
      case 'date':
        break;
      case 'source-line':
        out.sourceLines.push(text);
        if (role.source) out.source ??= role.source;
        break;
      case 'removed':
        out.removed.push(text);
        break;
      case 'paragraph': {
        if (parts.length > 0) offset += PARAGRAPH_SEPARATOR.length;
        const paragraph: Paragraph = {
          start: offset,
          end: offset + text.length,
          kind: role.paragraph,
        };
        if (role.lang) paragraph.lang = role.lang;
        out.paragraphs.push(paragraph);
        parts.push(text);
        offset += text.length;
        break;
      }
    }
  });
  out.text = parts.join(PARAGRAPH_SEPARATOR);
  return out;
}
