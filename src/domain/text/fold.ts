/**
 * German-aware case and accent folding, for search and for matching tag names. Query and index go through the same
 * function, so "Außenminister", "Aussenminister" and "AUSSENMINISTER" fold alike, as do
 * "München" and "Muenchen".
 *
 * Internally an umlaut folds to its base vowel followed by `UMLAUT_MARK` (ä → "a\uE000"). The
 * public fold replaces the mark with "e" (ä → "ae"); the tokeniser also drops it to get the
 * dotless variant (ä → "a") that the index stores next to the main one, so "Bundnis" finds
 * "Bündnis". Both replacements keep one character per mark, so offsets stay valid.
 */
import { typographicFold } from './characters';
import type { MappedText } from './mapped-text';

export { toOriginalRange } from './mapped-text';

/** Private-use character standing in for the "e" of an expanded umlaut. */
export const UMLAUT_MARK = '\uE000';

/** A folded string with, for every folded character, the original range it came from. */
export type FoldedText = MappedText;

const COMBINING_DIAERESIS = 0x0308;
const MARKS = /\p{M}/gu;

function foldOnce(ch: string): string {
  if (ch === UMLAUT_MARK) return '';
  const plain = typographicFold(ch);
  if (plain !== undefined) return plain;
  let out = '';
  for (const c of ch.toLowerCase()) {
    if (c === 'ä') out += 'a' + UMLAUT_MARK;
    else if (c === 'ö') out += 'o' + UMLAUT_MARK;
    else if (c === 'ü') out += 'u' + UMLAUT_MARK;
    else if (c === 'ß') out += 'ss';
    else if (c === 'ς')
      out += 'σ'; // final sigma: whole-string lower-casing makes it in context
    else out += c.normalize('NFD').replace(MARKS, '');
  }
  return out;
}

/**
 * The fold of one code point. Decomposition can yield characters that fold again (Greek
 * oxia "`" decomposes to an acute accent, which folds to an apostrophe), so this repeats
 * until nothing changes; that keeps `foldGerman` idempotent.
 */
function computeFold(ch: string): string {
  let current = foldOnce(ch);
  for (let round = 0; round < 4; round++) {
    let next = '';
    for (const c of current) next += c === UMLAUT_MARK ? c : foldOnce(c);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Folded form of every code point seen so far (ASCII pre-filled). */
const cache = new Map<number, string>();

function foldCodePoint(code: number, ch: string): string {
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = computeFold(ch);
    cache.set(code, folded);
  }
  return folded;
}

const ASCII: string[] = [];
for (let code = 0; code < 0x80; code++) ASCII.push(computeFold(String.fromCharCode(code)));

function isUmlautBase(code: number | undefined): boolean {
  return code === 0x61 || code === 0x6f || code === 0x75; // a, o, u
}

/**
 * Walks `text` once, calling `emit(folded, start, end)` for every original character (or
 * surrogate pair), `folded` possibly empty. A combining diaeresis after a/o/u becomes the mark.
 */
function walk(text: string, emit: (folded: string, start: number, end: number) => void): void {
  let lastCode: number | undefined;
  let lastEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded: string;
    const start = i;
    if (code < 0x80) {
      folded = ASCII[code] ?? '';
    } else if (code === COMBINING_DIAERESIS) {
      folded = lastEnd === i && isUmlautBase(lastCode) ? UMLAUT_MARK : '';
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const point = text.codePointAt(i) ?? code;
      i += point > 0xffff ? 1 : 0;
      folded = foldCodePoint(point, String.fromCodePoint(point));
    } else {
      folded = foldCodePoint(code, text[i] ?? '');
    }
    emit(folded, start, i + 1);
    if (folded.length > 0) {
      lastCode = folded.charCodeAt(folded.length - 1);
      lastEnd = i + 1;
    }
  }
}

/** Characters of lower-cased text that may fold to something else. */
const NEEDS_FOLD = /[\t\n\v\f\r`]|[\u0080-\u{10FFFF}]/gu;

/**
 * Folds with the umlaut mark left in place (ä → "a\uE000"); no offsets. The fast path for
 * indexing: native lower-casing of the whole string, then only the few characters that still
 * fold (non-ASCII, whitespace controls, backtick) go through the table. Gives the same string
 * as `foldMarkedWithOffsets` (a property test checks).
 */
export function foldMarked(text: string): string {
  const lower = text.toLowerCase();
  let prevEnd = -1;
  let prevLast = -1;
  return lower.replace(NEEDS_FOLD, (ch: string, offset: number) => {
    let folded: string;
    if (ch.charCodeAt(0) === COMBINING_DIAERESIS) {
      // Same rule as `walk`: the mark only right after a folded a/o/u.
      const before = prevEnd === offset ? prevLast : lower.charCodeAt(offset - 1);
      folded = isUmlautBase(before) ? UMLAUT_MARK : '';
    } else {
      const code = ch.codePointAt(0) ?? 0;
      folded = code < 0x80 ? (ASCII[code] ?? '') : foldCodePoint(code, ch);
    }
    prevEnd = offset + ch.length;
    prevLast = folded.length > 0 ? folded.charCodeAt(folded.length - 1) : -1;
    return folded;
  });
}

/** Folds with the umlaut mark left in place and an offset map back to `text`. */
export function foldMarkedWithOffsets(text: string): FoldedText {
  let codes = new Uint16Array(text.length + 16);
  let starts = new Int32Array(text.length + 16);
  let ends = new Int32Array(text.length + 16);
  let n = 0;
  walk(text, (folded, start, end) => {
    if (folded.length === 0) return;
    if (n + folded.length > codes.length) {
      const size = codes.length * 2 + folded.length;
      codes = grow(codes, new Uint16Array(size));
      starts = grow(starts, new Int32Array(size));
      ends = grow(ends, new Int32Array(size));
    }
    for (let k = 0; k < folded.length; k++) {
      codes[n] = folded.charCodeAt(k);
      starts[n] = start;
      ends[n] = end;
      n++;
    }
  });
  let out = '';
  for (let i = 0; i < n; i += 4096) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 4096)));
  }
  return { text: out, starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

const MARK_RE = new RegExp(UMLAUT_MARK, 'g');

/** Replaces the umlaut mark: "e" for the main spelling (ä → ae), "" for the dotless one (ä → a). */
export function unmark(marked: string, replacement: 'e' | ''): string {
  return marked.includes(UMLAUT_MARK) ? marked.replace(MARK_RE, replacement) : marked;
}

/**
 * The search fold: lower case; ä/ö/ü → ae/oe/ue, ß and ẞ → ss; other diacritics dropped (é → e);
 * typographic double quotes → `"`, single quotes and apostrophes → `'`, dashes → `-`; every
 * whitespace character → one space; soft hyphens and zero-width characters removed.
 */
export function foldGerman(text: string): string {
  return unmark(foldMarked(text), 'e');
}

/** `foldGerman` with an offset map: `text` has the same length as the map arrays. */
export function foldWithOffsets(text: string): FoldedText {
  const marked = foldMarkedWithOffsets(text);
  return { ...marked, text: unmark(marked.text, 'e') };
}
