import { foldGerman, foldMarked, unmark } from '@/domain/text/fold';
import type { Tag } from './types';

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

/**
 * Tag ids for the values in the URL: a value is a tag's name (any case) or, in older links, its
 * id. A value that names no tag is kept as it is, so it can be dropped once the tags have loaded.
 */
export function resolveTagValues(values: readonly string[], tags: readonly Tag[]): string[] {
  const byKey = new Map(tags.map((t) => [tagNameKey(t.name), t.id]));
  const ids = new Set(tags.map((t) => t.id));
  const resolve = (v: string) => (ids.has(v) ? v : byKey.get(tagNameKey(v)));
  return [
    ...new Set(
      values.flatMap((value) => {
        const whole = resolve(value);
        if (whole) return [whole];
        // "a,b" in older links; a name that holds a comma matched whole above.
        return value.split(',').map((part) => resolve(part.trim()) ?? part.trim());
      }),
    ),
  ].filter((v) => v !== '');
}

/** The values to put in the URL for these tag ids: their names. */
export function tagFilterValues(ids: readonly string[], tags: readonly Tag[]): string[] {
  return ids.map((id) => tags.find((t) => t.id === id)?.name ?? id);
}
