/**
 * Match ranges and snippets. Ranges are found on tokens, whose offsets point into the original
 * text (folding changes lengths: ß → ss, ä → ae), so a range always covers the original word.
 */
import type { Token, Word } from './tokenize';
import type { SearchSnippet, TextRange } from './types';

/** About this many characters of context in a snippet. */
export const SNIPPET_LENGTH = 160;

const ELLIPSIS = '…';

function hits(word: Word, terms: ReadonlySet<string>): boolean {
  return terms.has(word.term) || (word.variant !== undefined && terms.has(word.variant));
}

/**
 * Ranges of the words in `tokens` that are one of `terms` (folded index terms, either
 * spelling). A matched compound ("natoaussenminister") covers the whole hyphenated word.
 */
export function termRanges(tokens: readonly Token[], terms: ReadonlySet<string>): TextRange[] {
  const out: TextRange[] = [];
  for (const token of tokens) {
    if (hits(token, terms)) {
      out.push({ start: token.start, end: token.end });
      continue;
    }
    if (token.parts.length < 2) continue;
    for (const part of token.parts) {
      if (hits(part, terms)) out.push({ start: part.start, end: part.end });
    }
  }
  return out;
}

/** Ranges where `phrase` (folded words) occurs as adjacent words, in order, in `words`. */
export function phraseRanges(words: readonly Word[], phrase: readonly string[]): TextRange[] {
  const out: TextRange[] = [];
  if (phrase.length === 0) return out;
  const last = words.length - phrase.length;
  for (let i = 0; i <= last; i++) {
    let j = 0;
    while (j < phrase.length) {
      const w = words[i + j];
      const p = phrase[j];
      if (!w || p === undefined || (w.term !== p && w.variant !== p)) break;
      j++;
    }
    const first = words[i];
    const end = words[i + phrase.length - 1];
    if (j === phrase.length && first && end) out.push({ start: first.start, end: end.end });
  }
  return out;
}

/** Sorted, with overlapping or touching ranges merged. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

const WHITESPACE = /\s/g;

/**
 * About `length` characters of `text` around the first of `ranges`, cut at spaces, with "…"
 * where text was cut. Whitespace becomes plain spaces (one for one, so offsets hold) and the
 * returned matches are `ranges` moved into the snippet.
 */
export function makeSnippet(
  text: string,
  ranges: readonly TextRange[],
  length: number = SNIPPET_LENGTH,
): SearchSnippet {
  const flat = text.replace(WHITESPACE, ' ');
  const merged = mergeRanges(ranges);
  const first = merged[0];
  const anchor = first?.start ?? 0;
  let start = 0;
  let end = flat.length;
  if (flat.length > length) {
    start = Math.max(0, Math.min(anchor - Math.floor(length / 3), flat.length - length));
    end = Math.min(flat.length, start + length);
    if (start > 0 && flat[start - 1] !== ' ') {
      const space = flat.indexOf(' ', start);
      start = space !== -1 && space < anchor ? space + 1 : Math.min(anchor, start);
    }
    const mustReach = first?.end ?? start;
    if (end < mustReach) end = mustReach;
    if (end < flat.length && flat[end] !== ' ' && flat[end - 1] !== ' ') {
      const space = flat.lastIndexOf(' ', end - 1);
      if (space >= mustReach) end = space;
      else {
        const next = flat.indexOf(' ', end);
        end = next === -1 ? flat.length : next;
      }
    }
  }
  while (start < anchor && flat[start] === ' ') start++;
  while (end > start && flat[end - 1] === ' ' && end > (first?.end ?? 0)) end--;
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < flat.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const matches: TextRange[] = [];
  for (const r of merged) {
    if (r.end <= start || r.start >= end) continue;
    matches.push({ start: Math.max(r.start, start) + shift, end: Math.min(r.end, end) + shift });
  }
  return { text: prefix + flat.slice(start, end) + suffix, matches };
}
