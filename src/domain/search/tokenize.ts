/**
 * Tokenising folded text. A token is a run of letters and digits; hyphenated compounds
 * ("NATO-Außenminister") are one token with parts, and digit groups ("12.000", "1,5") stay
 * together. The index stores, per token: each part, the joined compound ("natoaussenminister",
 * so "E-Mail" meets "Email"), and for words with umlauts also the dotless spelling.
 */
import {
  foldMarked,
  foldMarkedWithOffsets,
  toOriginalRange,
  unmark,
  UMLAUT_MARK,
} from '../text/fold';
import { isStopWord } from './stop-words';

/** One word, with its original `[start, end)` when it came from `scanTokens`. */
export interface Word {
  /** Main folded spelling (ä → ae). */
  term: string;
  /** Dotless spelling (ä → a), only when the word has an umlaut. */
  variant?: string;
  start: number;
  end: number;
}

/** A token: a word, or a hyphenated compound of several words (`parts`). */
export interface Token extends Word {
  /** The words of a compound in order; a simple word is its own single part. */
  parts: Word[];
}

/** Per BMP code unit of folded text: 0 unknown yet, 1 letter, 2 digit, 3 neither. */
const CLASS = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const [, IS_LETTER, IS_DIGIT, IS_OTHER] = [0, 1, 2, 3] as const;
CLASS[UMLAUT_MARK.charCodeAt(0)] = IS_LETTER;

function classify(ch: string): number {
  if (LETTER.test(ch)) return IS_LETTER;
  return NUMBER.test(ch) ? IS_DIGIT : IS_OTHER;
}

/** Class of the character at `i` and its length in code units (2 for a surrogate pair). */
function classAt(text: string, i: number): [number, number] {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i) ?? code;
    if (point > 0xffff) return [classify(String.fromCodePoint(point)), 2];
  }
  let cls = CLASS[code] ?? IS_OTHER;
  if (cls === 0) {
    cls = classify(String.fromCharCode(code));
    CLASS[code] = cls;
  }
  return [cls, 1];
}

/**
 * Calls `emit(start, end, compound)` for every token of folded text: a maximal run of letters
 * and digits, joined across single hyphens ("nato-aussenminister") and across "." or ","
 * between digits ("12.000"). `compound` tells whether the token contains a hyphen.
 */
function forEachToken(
  text: string,
  emit: (start: number, end: number, compound: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let [cls, len] = classAt(text, i);
    if (cls === IS_OTHER) {
      i += len;
      continue;
    }
    const start = i;
    let compound = false;
    for (;;) {
      i += len;
      if (i >= n) break;
      const prev = cls;
      [cls, len] = classAt(text, i);
      if (cls !== IS_OTHER) continue;
      const code = text.charCodeAt(i);
      const joiner = code === 0x2d || ((code === 0x2e || code === 0x2c) && prev === IS_DIGIT);
      if (!joiner || i + 1 >= n) break;
      const [next, nextLen] = classAt(text, i + 1);
      if (next === IS_OTHER || (code !== 0x2d && next !== IS_DIGIT)) break;
      if (code === 0x2d) compound = true;
      i += 1;
      cls = next;
      len = nextLen;
    }
    emit(start, i, compound);
  }
}

function word(marked: string, start: number, end: number): Word {
  const term = unmark(marked, 'e');
  if (term === marked) return { term, start, end };
  return { term, variant: unmark(marked, ''), start, end };
}

function joined(parts: Word[], start: number, end: number): Word {
  const term = parts.map((p) => p.term).join('');
  const variant = parts.map((p) => p.variant ?? p.term).join('');
  return variant === term ? { term, start, end } : { term, variant, start, end };
}

/** Tokens of `text` with original offsets (for snippets and phrase checks). */
export function scanTokens(text: string): Token[] {
  const folded = foldMarkedWithOffsets(text);
  const tokens: Token[] = [];
  forEachToken(folded.text, (from, to, compound) => {
    const raw = folded.text.slice(from, to);
    const range = toOriginalRange(folded, from, to);
    if (!compound) {
      const w = word(raw, range.start, range.end);
      tokens.push({ ...w, parts: [w] });
      return;
    }
    const parts: Word[] = [];
    let at = from;
    for (const piece of raw.split('-')) {
      const r = toOriginalRange(folded, at, at + piece.length);
      parts.push(word(piece, r.start, r.end));
      at += piece.length + 1;
    }
    tokens.push({ ...joined(parts, range.start, range.end), parts });
  });
  return tokens;
}

function pushWord(out: string[], marked: string): void {
  const term = unmark(marked, 'e');
  if (isStopWord(term)) return;
  out.push(term);
  if (term !== marked) out.push(unmark(marked, ''));
}

/** The terms the index stores for `text` (no offsets; the fast path used while indexing). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  const folded = foldMarked(text);
  forEachToken(folded, (from, to, compound) => {
    const raw = folded.slice(from, to);
    if (!compound) {
      pushWord(out, raw);
      return;
    }
    const pieces = raw.split('-');
    for (const piece of pieces) pushWord(out, piece);
    const whole = pieces.join('');
    out.push(unmark(whole, 'e'));
    if (whole.includes(UMLAUT_MARK)) out.push(unmark(whole, ''));
  });
  return out;
}

/** The words of `text` in order, compounds split into their parts (for phrase matching). */
export function phraseWords(tokens: readonly Token[]): Word[] {
  return tokens.flatMap((t) => t.parts);
}
