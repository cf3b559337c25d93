/**
 * Sentence and paragraph boundaries, in normalised text. News sites update an article by whole
 * sentences and paragraphs: a paragraph moved, a heading deleted before one, a sentence inserted
 * next to a quote. Then the context next to a quote changes only beyond a boundary, while what
 * lies between the boundary and the quote is still there verbatim: such a side of the context is
 * "explained", not evidence against the place.
 */
import { normalizeForMatch, type NormalizedText } from '../text/normalize';

/** Whether `s[i]` ends a sentence: . ! ? or a closing quotation mark right after one. */
function endsSentence(s: string, i: number): boolean {
  const c = s[i];
  if (c === '.' || c === '!' || c === '?') return true;
  return (c === '"' || c === "'") && (s[i - 1] === '.' || s[i - 1] === '!' || s[i - 1] === '?');
}

/** Whether normalised character `i` (a space) stands for whitespace with a line break. */
function lineBreak(normalized: NormalizedText, raw: string, i: number): boolean {
  const from = normalized.starts[i] ?? 0;
  const to = normalized.ends[i] ?? from;
  for (let k = from; k < to; k++) {
    const code = raw.charCodeAt(k);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

/** Whether normalised character `i` is a space between two sentences or two blocks. */
export function boundaryAt(normalized: NormalizedText, raw: string, i: number): boolean {
  const s = normalized.text;
  if (s[i] !== ' ') return false;
  return endsSentence(s, i - 1) || lineBreak(normalized, raw, i);
}

/**
 * Positions of boundary spaces in a highlight's pattern (prefix + quote + suffix, normalised as
 * one string, as makeNeedle builds it), from the raw selector strings.
 */
export function patternBoundaries(prefix: string, exact: string, suffix: string): number[] {
  const raw = prefix + exact + suffix;
  const normalized = normalizeForMatch(raw);
  const found: number[] = [];
  for (let i = 0; i < normalized.text.length; i++) {
    if (boundaryAt(normalized, raw, i)) found.push(i);
  }
  return found;
}

/** The text being anchored against, with what boundaries need of the original. */
export interface Page {
  normalized: NormalizedText;
  raw: string;
}

/**
 * Whether the prefix side of a match at `start` is explained: a boundary of the old context
 * lies within (or right at the edge of) the `run` characters that still agree verbatim, and
 * the text has a boundary at the same place. `boundaries` are pattern positions; the prefix
 * is the pattern's first `prefixLength` characters.
 */
export function prefixExplained(
  page: Page,
  boundaries: readonly number[],
  prefixLength: number,
  start: number,
  run: number,
): boolean {
  const first = prefixLength - run - 1;
  for (const s of boundaries) {
    if (s < first || s >= prefixLength) continue;
    const at = start - prefixLength + s;
    // The text may now begin where that boundary was.
    if (at === -1 || (at >= 0 && boundaryAt(page.normalized, page.raw, at))) return true;
  }
  return false;
}

/**
 * Whether the suffix side of a match ending at `end` is explained: a boundary of the old
 * context lies within the `run` characters after the quote that still agree verbatim (or right
 * after them), and the text has one there too (or ends there). `suffixStart` is where the
 * suffix begins in the pattern.
 */
export function suffixExplained(
  page: Page,
  boundaries: readonly number[],
  suffixStart: number,
  end: number,
  run: number,
): boolean {
  for (const b of boundaries) {
    const s = b - suffixStart;
    if (s < 0 || s > run) continue;
    const at = end + s;
    if (at >= page.normalized.text.length || boundaryAt(page.normalized, page.raw, at)) return true;
  }
  return false;
}

/**
 * How each side of the old context stands next to a match: `intact` (its characters next to
 * the quote agree verbatim for at least `minIntact`, or all of it when shorter), `explained`
 * (see prefixExplained / suffixExplained) or `changed`; and the verbatim runs themselves.
 */
export interface Sides {
  prefix: 'intact' | 'explained' | 'changed';
  suffix: 'intact' | 'explained' | 'changed';
  prefixRun: number;
  suffixRun: number;
}

export function sidesOf(
  page: Page,
  needle: {
    prefix: string;
    quote: string;
    suffix: string;
    boundaries?: () => readonly number[];
  },
  start: number,
  end: number,
  minIntact: number,
): Sides {
  const text = page.normalized.text;
  const { prefix, quote, suffix } = needle;
  let prefixRun = 0;
  while (
    prefixRun < prefix.length &&
    text[start - prefixRun - 1] === prefix[prefix.length - prefixRun - 1]
  ) {
    prefixRun++;
  }
  let suffixRun = 0;
  while (suffixRun < suffix.length && text[end + suffixRun] === suffix[suffixRun]) suffixRun++;
  const boundaries = () => needle.boundaries?.() ?? [];
  // A side shorter than `minIntact` ended at the edge of the text: all of it verbatim at the
  // same edge or at a boundary (a note added at the top) is explained, too short to be intact.
  const state = (run: number, length: number, edge: number, explained: () => boolean) => {
    if (run >= minIntact) return 'intact';
    if (run === length && length < minIntact) {
      const atEdge = edge === -1 || edge === text.length;
      if (atEdge || boundaryAt(page.normalized, page.raw, edge)) return 'explained';
    }
    return explained() ? 'explained' : 'changed';
  };
  return {
    prefix: state(prefixRun, prefix.length, start - prefixRun - 1, () =>
      prefixExplained(page, boundaries(), prefix.length, start, prefixRun),
    ),
    suffix: state(suffixRun, suffix.length, end + suffixRun, () =>
      suffixExplained(page, boundaries(), prefix.length + quote.length, end, suffixRun),
    ),
    prefixRun,
    suffixRun,
  };
}
