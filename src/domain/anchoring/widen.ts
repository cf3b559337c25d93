/**
 * Widening a candidate that is not acceptable as found (stage 6c), narrowing's counterpart. When
 * a sentence was inserted into a long passage, the fewest edits may leave out the passage's
 * first (or last) sentences rather than take in the new one: the match then starts in the
 * middle and is less of the quote than is still there. News sites edit by whole sentences, so
 * the passage may begin at a sentence start before the match (or end at a sentence end after
 * it) where the quote's own first (last) characters stand. Each such start and end, up to
 * MAX_NARROWED sentences away, that adds some of the quote's characters is tried, and the best
 * acceptable one is taken: the rules judge it like any other candidate.
 */
import { acceptable } from './accept';
import { editDistance } from './align';
import { boundaryAt, type Page } from './boundaries';
import { compareCandidates, scoreCandidate, type Candidate, type Needle } from './score';
import { survival } from './survival';
import { MAX_NARROWED, MIN_INTACT_SIDE, PIECE_EDGE } from './tuning';
import type { AnchorThresholds } from './types';

/**
 * Sentence starts before `c` and sentence ends after it, within the quote's length, where the
 * quote's own first (last) PIECE_EDGE characters stand, or MIN_INTACT_SIDE characters that
 * open (close) another of its sentences ("Die L" opens many a sentence); at most MAX_NARROWED
 * each, nearest first.
 */
function bordersOutside(page: Page, needle: Needle, c: Candidate) {
  const text = page.normalized.text;
  const { prefix, quote } = needle;
  // The passage may now begin (end) with another of its sentences, those beyond it deleted or
  // rewritten (accept.ts `survivesBetweenSides` judges whether they are gone).
  const inside = (needle.boundaries?.() ?? [])
    .map((b) => b - prefix.length)
    .filter((b) => b >= MIN_INTACT_SIDE && b <= quote.length - MIN_INTACT_SIDE - 1);
  const heads = [
    quote.slice(0, PIECE_EDGE),
    ...inside.map((b) => quote.slice(b + 1, b + 1 + MIN_INTACT_SIDE)),
  ];
  const tails = [
    quote.slice(-PIECE_EDGE),
    ...inside.map((b) => quote.slice(b - MIN_INTACT_SIDE, b)),
  ];
  const starts: number[] = [];
  const ends: number[] = [];
  const from = Math.max(1, c.start - quote.length);
  for (let i = c.start - 2; i >= from && starts.length < MAX_NARROWED; i--) {
    if (boundaryAt(page.normalized, page.raw, i) && heads.some((h) => text.startsWith(h, i + 1))) {
      starts.push(i + 1);
    }
  }
  const to = Math.min(text.length, c.end + quote.length);
  for (let i = c.end + 1; i <= to && ends.length < MAX_NARROWED; i++) {
    const atEnd = i === text.length || boundaryAt(page.normalized, page.raw, i);
    if (atEnd && tails.some((t) => text.startsWith(t, i - t.length))) ends.push(i);
  }
  return { starts, ends };
}

/**
 * The best acceptable candidate that takes in whole sentences before or after `c` (each of them
 * adding some of the quote's characters), or undefined.
 */
export function widened(
  page: Page,
  needle: Needle,
  c: Candidate,
  t: AnchorThresholds,
): Candidate | undefined {
  if (c.errors === 0) return undefined;
  const text = page.normalized.text;
  const { starts, ends } = bordersOutside(page, needle, c);
  if (starts.length === 0 && ends.length === 0) return undefined;
  const quote = needle.quote.replace(/ /g, '');
  const kept = (s: number, e: number) => survival(quote, text.slice(s, e).replace(/ /g, '')).kept;
  const whole = kept(c.start, c.end);
  let best: Candidate | undefined;
  for (const s of [c.start, ...starts]) {
    for (const e of [c.end, ...ends]) {
      if (s === c.start && e === c.end) continue;
      const errors = editDistance(text.slice(s, e), needle.quote);
      const candidate = scoreCandidate(text, needle, s, e, errors);
      if (best && compareCandidates(candidate, best, needle.hint) >= 0) continue;
      // What is taken in must be the quote's: more of it survives in the wider match.
      if (kept(s, e) <= whole) continue;
      if (acceptable(page, needle, candidate, t)) best = candidate;
    }
  }
  return best;
}
