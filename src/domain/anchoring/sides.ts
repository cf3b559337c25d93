import { occurrences, PIECE_LENGTH, textIndex } from './piece-index';
import type { Candidate, Needle } from './score';
import {
  DISPLACED_RUN,
  DISPLACED_WINDOW,
  DISTINCT_QUOTE,
  MIN_INTACT_SIDE,
  NEAR_BY_SIDE,
  NEAR_CHARS,
  NEAR_DISTINCT,
} from './tuning';
import type { AnchorThresholds } from './types';

export { MIN_INTACT_SIDE };

/** "Near the old position": within NEAR_CHARS characters or `share` of the text. */
export function isNear(text: string, needle: Needle, c: Candidate, share: number): boolean {
  if (needle.hint === undefined) return true;
  return Math.abs(c.start - needle.hint) <= Math.max(NEAR_CHARS, text.length * share);
}

/** Whether a side of context is long enough and all but unchanged. */
export function intact(context: string, errors: number, t: AnchorThresholds): boolean {
  return context.length >= MIN_INTACT_SIDE && 1 - errors / context.length >= t.intactSide;
}

/** How many characters of `context` agree verbatim with `text` right before / after `at`. */
export function verbatimRun(
  text: string,
  context: string,
  at: number,
  side: 'before' | 'after',
): number {
  let n = 0;
  if (side === 'before') {
    while (n < context.length && text[at - n - 1] === context[context.length - n - 1]) n++;
  } else {
    while (n < context.length && text[at + n] === context[n]) n++;
  }
  return n;
}

/**
 * Whether `s` occurs in `text` exactly once. Looked up in the piece index of the text when `s`
 * is long enough (acceptance asks this several times per highlight, of a 70,000-character text).
 */
export function occursOnce(text: string, s: string): boolean {
  if (s.length >= PIECE_LENGTH) return occurrences(textIndex(text), s, 2).length === 1;
  const first = text.indexOf(s);
  return first !== -1 && text.indexOf(s, first + 1) === -1;
}

/** Whether `s` occurs in `text` (by the piece index, as occursOnce). */
export function occursAtAll(text: string, s: string): boolean {
  if (s.length >= PIECE_LENGTH) return occurrences(textIndex(text), s, 1).length === 1;
  return text.includes(s);
}

/** Whether `text.slice(from, to)` is long enough to vouch for a place and found only there. */
export function unique(text: string, from: number, to: number): boolean {
  return to - from >= MIN_INTACT_SIDE && occursOnce(text, text.slice(from, to));
}

/**
 * Whether one side of the old context, as far as it runs verbatim next to `c`, is long enough
 * and found nowhere else in the text: then it alone says where the passage is.
 */
export function verbatimSideUnique(
  text: string,
  needle: Needle,
  c: Candidate,
  side: 'prefix' | 'suffix',
): boolean {
  if (side === 'prefix') {
    const run = verbatimRun(text, needle.prefix, c.start, 'before');
    return unique(text, c.start - run, c.start);
  }
  const run = verbatimRun(text, needle.suffix, c.end, 'after');
  return unique(text, c.end, c.end + run);
}

/** Whether some DISPLACED_RUN characters of `context` occur verbatim in `window`. */
function sharesRun(window: string, context: string): boolean {
  for (let k = 0; k + DISPLACED_RUN <= context.length; k++) {
    if (window.includes(context.slice(k, k + DISPLACED_RUN))) return true;
  }
  return false;
}

/** Whether the old prefix turns up (in part) within DISPLACED_WINDOW characters before `c`. */
export function prefixNearby(text: string, needle: Needle, c: Candidate): boolean {
  return sharesRun(text.slice(Math.max(0, c.start - DISPLACED_WINDOW), c.start), needle.prefix);
}

/** Whether the old suffix turns up (in part) within DISPLACED_WINDOW characters after `c`. */
export function suffixNearby(text: string, needle: Needle, c: Candidate): boolean {
  return sharesRun(text.slice(c.end, c.end + DISPLACED_WINDOW), needle.suffix);
}

/**
 * The exact quote with one side of its context intact and the other not: does that side vouch
 * for the place? In text with stock phrases, 32 characters of context plus a short quote recur;
 * when the passage was deleted, such a copy elsewhere looks just like it. So the place needs
 * more than the one side:
 * - the quote is distinctive (found once), and long, or its other side's old context turns up
 *   just beyond (words inserted next to it), or it is within 5% of the text of its old position;
 * - or the intact side's verbatim run next to the quote is found nowhere else, and the other
 *   side's old context turns up just beyond, or it is within 3% of the text of its old position.
 * A repeated quote next to a repeated side never stands on that side alone.
 */
export function oneSideVouches(
  text: string,
  needle: Needle,
  c: Candidate,
  t: AnchorThresholds,
): boolean {
  const { prefix, quote, suffix } = needle;
  const prefixIntact = intact(prefix, c.prefixErrors, t);
  if (!prefixIntact && !intact(suffix, c.suffixErrors, t)) return false;
  const distinct = occursOnce(text, quote);
  if (distinct && quote.length >= DISTINCT_QUOTE) return true;
  const displaced = prefixIntact ? suffixNearby(text, needle, c) : prefixNearby(text, needle, c);
  if (distinct) return displaced || isNear(text, needle, c, NEAR_DISTINCT);
  const sideUnique = verbatimSideUnique(text, needle, c, prefixIntact ? 'prefix' : 'suffix');
  return sideUnique && (displaced || isNear(text, needle, c, NEAR_BY_SIDE));
}
