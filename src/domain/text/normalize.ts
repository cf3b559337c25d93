/**
 * Normalisation for matching highlights to text (anchoring): typographic variants fold to their
 * plain form (characters.ts) and every whitespace run becomes one space; case and letters stay.
 * Every normalised character remembers which original characters it came from.
 */
import { DASHES, DOUBLE_QUOTES, INVISIBLE, isSpaceCode, SINGLE_QUOTES } from './characters';
import type { MappedText } from './mapped-text';

export { toOriginalRange } from './mapped-text';

/** A normalised text; `starts` has the extra entry for the original length. */
export type NormalizedText = MappedText;

/**
 * Per UTF-16 code unit: the code unit it folds to; SPACE and REMOVED_CHAR mark the special cases.
 * The same as `typographicFold` for every code unit (normalize.test.ts), but filled from its
 * character lists rather than by calling it 65,536 times: that took ~6 ms of every page's start
 * here, ~25 ms on a phone's CPU (Lighthouse's blocking time, bench row 12).
 */
const SPACE = -1;
const REMOVED_CHAR = -2;
const TABLE = new Int32Array(0x10000);
for (let code = 0; code < TABLE.length; code++) TABLE[code] = isSpaceCode(code) ? SPACE : code;
// Lowest precedence first: typographicFold tests the invisible characters first.
const folds: [string, number][] = [
  [DASHES, 0x2d],
  [SINGLE_QUOTES, 0x27],
  [DOUBLE_QUOTES, 0x22],
  [INVISIBLE, REMOVED_CHAR],
];
for (const [chars, to] of folds) for (const ch of chars) TABLE[ch.charCodeAt(0)] = to;

/** The folded form of one code unit, as normalizeForMatch uses it (for tests). */
export function foldedCode(code: number): number {
  return TABLE[code] ?? REMOVED_CHAR;
}

/**
 * Folds typographic quotes and dashes to ASCII, drops soft hyphens and zero-width characters and
 * collapses every whitespace run (NBSP and newlines included) to one space.
 */
export function normalizeForMatch(text: string): NormalizedText {
  const codes = new Uint16Array(text.length);
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length);
  let n = 0;
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = TABLE[text.charCodeAt(i)] ?? REMOVED_CHAR;
    if (folded === REMOVED_CHAR) continue;
    if (folded === SPACE) {
      if (lastWasSpace) {
        ends[n - 1] = i + 1;
        continue;
      }
      lastWasSpace = true;
      codes[n] = 0x20;
    } else {
      lastWasSpace = false;
      codes[n] = folded;
    }
    starts[n] = i;
    ends[n] = i + 1;
    n++;
  }
  starts[n] = text.length;
  let out = '';
  for (let i = 0; i < n; i += 4096) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 4096)));
  }
  return { text: out, starts: starts.slice(0, n + 1), ends: ends.slice(0, n) };
}

/** Just the normalised string (for short pieces like quotes and context), without offset maps. */
export function normalizeString(text: string): string {
  let out = '';
  let runStart = 0;
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = TABLE[code] ?? REMOVED_CHAR;
    if (folded === code) {
      lastWasSpace = false;
      continue;
    }
    out += text.slice(runStart, i);
    runStart = i + 1;
    if (folded === REMOVED_CHAR) continue;
    if (folded === SPACE) {
      if (!lastWasSpace) out += ' ';
      lastWasSpace = true;
    } else {
      out += String.fromCharCode(folded);
      lastWasSpace = false;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Normalised index of the first character at or after original offset `offset`. */
export function toNormalizedStart(norm: NormalizedText, offset: number): number {
  // First i with ends[i] > offset.
  let lo = 0;
  let hi = norm.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((norm.ends[mid] ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Normalised index one past the last character that starts before original offset `offset`. */
export function toNormalizedEnd(norm: NormalizedText, offset: number): number {
  // Number of i with starts[i] < offset.
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((norm.starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
