/**
 * A quote found verbatim in several places, none of them settled by its context (the rules in
 * accept.ts), where position tells them apart: in a long text of stock sentences, a passage
 * whose sentence recurs every few thousand characters had a sentence inserted next to it, and
 * its other side is intact at every copy. Taken only when the quote is DISTINCT_QUOTE long, one
 * side of its context stands verbatim (MIN_INTACT_SIDE) at the nearest place and agrees there
 * about as well as anywhere (TIED_CONTEXT), that place is within NEAR_COPY characters of the old
 * position, every other place is FAR_COPIES times as far and NEAR_WINDOW at least, and its old
 * context did not close up there (cut.ts). A quote with its context rewritten (no side intact)
 * stays an ambiguous orphan, with the places on its card (decision 27).
 */
import type { Page } from './boundaries';
import { sidesOf } from './boundaries';
import { overlapsContext } from './candidates';
import { contextClosedUp } from './cut';
import type { Candidate, Needle } from './score';
import {
  DISTINCT_QUOTE,
  FAR_COPIES,
  MIN_INTACT_SIDE,
  NEAR_COPY,
  NEAR_WINDOW,
  TIED_CONTEXT,
} from './tuning';

/**
 * The nearest of the quote's verbatim places `exact` (scored, exactCandidates's order) if the
 * old position settles it; `starts` are all of its verbatim starts in the text.
 */
export function nearestCopy(
  page: Page,
  needle: Needle,
  exact: readonly Candidate[],
  starts: readonly number[],
): Candidate | undefined {
  const { hint, quote, prefix, suffix } = needle;
  if (hint === undefined || exact.length < 2 || quote.length < DISTINCT_QUOTE) return undefined;
  const text = page.normalized.text;
  const errors = (c: Candidate) => c.prefixErrors + c.suffixErrors;
  const fewest = Math.min(...exact.map(errors));
  const tolerance = Math.max(2, Math.round(TIED_CONTEXT * (prefix.length + suffix.length)));
  let nearest: Candidate | undefined;
  for (const c of exact) {
    if (!nearest || Math.abs(c.start - hint) < Math.abs(nearest.start - hint)) nearest = c;
  }
  if (!nearest || errors(nearest) > fewest + tolerance) return undefined;
  const distance = Math.abs(nearest.start - hint);
  if (distance > NEAR_COPY) return undefined;
  const far = Math.max(FAR_COPIES * distance, NEAR_WINDOW);
  for (const s of starts) {
    if (s !== nearest.start && Math.abs(s - hint) < far) return undefined;
  }
  const sides = sidesOf(page, needle, nearest.start, nearest.end, MIN_INTACT_SIDE);
  if (sides.prefix !== 'intact' && sides.suffix !== 'intact') return undefined;
  if (overlapsContext(text, needle, nearest.start, nearest.end)) return undefined;
  // Where the old context closed up, the quote was cut out there and this is a copy (cut.ts).
  const closed = contextClosedUp(page, needle, nearest.start, nearest.end);
  return closed === 'own' || closed === 'next' || closed === 'cut' ? undefined : nearest;
}
