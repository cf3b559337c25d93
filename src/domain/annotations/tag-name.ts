import { foldGerman, foldMarked, unmark } from '@/domain/text/fold';

/**
 * What a tag's name is, in one place: how it is cleaned, when two names are the same tag (the
 * tags table, imports, the tag field) and how a typed query matches it (the tag field).
 */

/** Trims and collapses inner whitespace: the form a tag name is stored in. */
export function normalizeTagName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Two tag names are the same tag when these keys are equal (ignoring case and spacing). */
export function tagNameKey(name: string): string {
  return normalizeTagName(name).normalize('NFC').toLowerCase();
}

export function sameTagName(a: string, b: string): boolean {
  return tagNameKey(a) === tagNameKey(b);
}

/**
 * How well a tag name matches what was typed, folded as search folds (case, accents, ß, and an
 * umlaut as either "ae" or "a", so "Kraefte" and "Krafte" both find "Kräfte"):
 * 0 exact, 1 prefix, 2 start of a word, 3 anywhere; -1 no match. An empty query matches as 1.
 */
export function tagMatchRank(name: string, typed: string): number {
  const query = foldGerman(normalizeTagName(typed));
  if (query === '') return 1;
  const marked = foldMarked(normalizeTagName(name));
  const ranks = [unmark(marked, 'e'), unmark(marked, '')].map((spelling) => rank(spelling, query));
  const found = ranks.filter((r) => r >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

function rank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(/[\s\-/]+/).some((w) => w.startsWith(query))) return 2;
  return name.includes(query) ? 3 : -1;
}
