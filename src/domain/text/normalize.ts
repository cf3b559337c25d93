/**
 * Normalisation for matching. Typographic variants are folded so that a highlight made on
 * `„Zitat“ – Text` still finds `"Zitat" - Text`, and every normalised character remembers which
 * original characters it came from, so matches map back to exact original offsets.
 */

export interface NormalizedText {
  /** The normalised string. */
  text: string;
  /**
   * `starts[i]` is the original offset of the first character that produced normalised
   * character `i`; `starts[text.length]` is the original length.
   */
  starts: Int32Array;
  /** `ends[i]` is the original offset one past the last character that produced character `i`. */
  ends: Int32Array;
}

const DOUBLE_QUOTES = '\u201E\u201C\u201D\u201F\u00AB\u00BB\u2033\u301D\u301E';
const SINGLE_QUOTES = '\u201A\u2018\u2019\u201B\u2039\u203A\u2032';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
/** Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM. */
const REMOVED = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

/** Per UTF-16 code unit: the code unit it folds to; SPACE and REMOVED mark the special cases. */
const SPACE = -1;
const REMOVED_CHAR = -2;
const TABLE = new Int32Array(0x10000);
for (let code = 0; code < TABLE.length; code++) {
  TABLE[code] = isSpaceCode(code) ? SPACE : code;
}
for (const ch of DOUBLE_QUOTES) TABLE[ch.charCodeAt(0)] = 0x22;
for (const ch of SINGLE_QUOTES) TABLE[ch.charCodeAt(0)] = 0x27;
for (const ch of DASHES) TABLE[ch.charCodeAt(0)] = 0x2d;
for (const ch of REMOVED) TABLE[ch.charCodeAt(0)] = REMOVED_CHAR;

/** ASCII whitespace, NBSP and the Unicode space separators and line terminators. */
export function isSpaceCode(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
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

/** Maps a normalised `[start, end)` back to the original range it was made from. */
export function toOriginalRange(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = norm.starts[start] ?? norm.starts[norm.text.length] ?? 0;
  if (end <= start) return { start: from, end: from };
  return { start: from, end: norm.ends[end - 1] ?? from };
}
