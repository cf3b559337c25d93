/**
 * Between both sides of the old context (stage 6g): where the end of the old prefix and the start
 * of the old suffix still stand verbatim with about a quote's length between them, in one place
 * only, what lies between is the passage, even when it is short, found verbatim in several
 * places, or had its first or last word replaced. The rules in accept.ts want a side of
 * MIN_INTACT_SIDE characters (and found once) to vouch for a short quote; here two shorter ones,
 * adjacent to the passage on both sides, do it together: "werden müssen. „Das Geld fehlt" tells
 * "„Das" from its other copy, and "bevor weiteres [Nachmittag fließt. Vogt] bestätigte" finds
 * "Geld fließt. Vogt" with its first word replaced.
 *
 * Taken only where both runs are PIECE_LENGTH long at least and the evidence (prefix run, quote,
 * suffix run, as the old text read) reaches into two sentences with MIN_SHORT_PIECE characters
 * in each (one stock sentence standing elsewhere is no evidence: "gibt es keinen verbindlichen
 * Zeitplan."); SURVIVES of the quote's characters are between them once words that are none of
 * its own are left out at its edges (as it is drawn), at most MAX_NEW of that other text; no
 * other place has both sides so; and the old context did not close up there (cut.ts).
 */
import { editDistance, trimmed } from './align';
import type { Page } from './boundaries';
import { contextClosedUp } from './cut';
import { PIECE_LENGTH } from './piece-index';
import { scoreCandidate, type Candidate, type Needle } from './score';
import { verbatimRun } from './sides';
import { survives } from './survival';
import { FRAMED_GAP, MIN_SHORT_PIECE, PIECE_RUN, SURVIVES } from './tuning';

/** Characters other than spaces (the ground truth does not count whitespace). */
const solid = (s: string) => s.replace(/ /g, '');

/**
 * Whether the old text from `from` to `to` (pattern positions: prefix + quote + suffix) has a
 * sentence or paragraph boundary with MIN_SHORT_PIECE characters of it on each side.
 */
function twoSentences(needle: Needle, from: number, to: number): boolean {
  return (needle.boundaries?.() ?? []).some(
    (b) => b - from >= MIN_SHORT_PIECE && to - (b + 1) >= MIN_SHORT_PIECE,
  );
}

/**
 * Whether SURVIVES of `quote` may be found in `gap` in runs of PIECE_RUN (survival.ts): each
 * such character lies in one of the quote's PIECE_RUN-character pieces that the gap holds, so
 * fewer characters so covered rule it out without aligning (most gaps are rewritten text).
 */
function mayKeep(quote: string, gap: string): boolean {
  const pieces = new Set<string>();
  for (let j = 0; j + PIECE_RUN <= gap.length; j++) pieces.add(gap.slice(j, j + PIECE_RUN));
  let covered = 0;
  let until = 0;
  for (let i = 0; i + PIECE_RUN <= quote.length; i++) {
    if (!pieces.has(quote.slice(i, i + PIECE_RUN))) continue;
    covered += Math.min(PIECE_RUN, i + PIECE_RUN - until);
    until = i + PIECE_RUN;
  }
  return covered >= SURVIVES * quote.length;
}

/** Index of the first of the sorted `starts` at or after `at`. */
function firstFrom(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The passage between both sides of its old context, when they settle it (above); `find` gives
 * the starts of a string in the normalised text.
 */
export function betweenOldSides(
  page: Page,
  needle: Needle,
  find: (s: string) => readonly number[],
): Candidate | undefined {
  const { prefix, quote, suffix } = needle;
  if (prefix.length < PIECE_LENGTH || suffix.length < PIECE_LENGTH) return undefined;
  const text = page.normalized.text;
  const tail = prefix.slice(-PIECE_LENGTH);
  const head = suffix.slice(0, PIECE_LENGTH);
  // The gap holds SURVIVES of the quote's characters, and (as drawn) at most MAX_NEW other
  // text; words replaced at its edges may make it longer still (FRAMED_GAP).
  const shortest = Math.floor(SURVIVES * solid(quote).length);
  const longest = FRAMED_GAP * quote.length + PIECE_LENGTH;
  // Where the suffix's start stands, in order; for each place of the prefix's end, those that
  // lie a gap's length after it.
  const heads = [...find(head)].sort((a, b) => a - b);
  if (heads.length === 0) return undefined;
  let found: Candidate | undefined;
  for (const t of find(tail)) {
    const from = t + PIECE_LENGTH;
    for (let k = firstFrom(heads, from + shortest); k < heads.length; k++) {
      const to = heads[k] ?? Infinity;
      if (to > from + longest) break;
      const before = verbatimRun(text, prefix, from, 'before');
      const after = verbatimRun(text, suffix, to, 'after');
      const oldFrom = prefix.length - before;
      const oldTo = prefix.length + quote.length + after;
      if (!twoSentences(needle, oldFrom, oldTo)) continue;
      const gap = text.slice(from, to);
      // What is drawn keeps no more of the quote than the whole gap does (the cheaper test).
      if (!mayKeep(solid(quote), solid(gap))) continue;
      const c = scoreCandidate(text, needle, from, to, editDistance(gap, quote));
      const drawn = trimmed(text, needle, c);
      if (!survives(solid(quote), solid(text.slice(drawn.start, drawn.end)))) continue;
      // Two places framed alike: which one it is, the sides do not say.
      if (found) return undefined;
      found = c;
    }
  }
  if (!found) return undefined;
  // Where the old context closed up, the quote was cut out there and this is a copy (cut.ts).
  const closed = contextClosedUp(page, needle, found.start, found.end);
  return closed === 'own' || closed === 'next' || closed === 'cut' ? undefined : found;
}
