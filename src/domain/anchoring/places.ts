/**
 * Where an orphan could be: when anchoring will not guess (a quote found several times with its
 * context rewritten, say), the reader picks one of these places instead of selecting the
 * passage again by hand. Only for orphans, one at a time: it searches the whole text.
 */
import { makeNeedle, prepareText } from './anchor';
import { findAll, overlapsContext } from './candidates';
import { search } from './search';
import { toOriginalRange } from '../text/normalize';
import { CHARS_PER_EDIT, MAX_OFFERED_PLACES } from './tuning';
import type { AnchorTarget, PreparedText } from './types';

export { MAX_OFFERED_PLACES };

export interface CandidatePlace {
  /** Offsets into the text. */
  start: number;
  end: number;
  /** The quote verbatim (after normalisation), or a close match of it. */
  exact: boolean;
}

export interface CandidatePlaces {
  /** In reading order, at most MAX_OFFERED_PLACES. */
  places: CandidatePlace[];
  /** How many there are in all. */
  total: number;
}

/**
 * The places in `text` where `target`'s quote is found verbatim (typographic variants and
 * whitespace aside), in reading order; when it is found nowhere, its close matches (an edit per
 * CHARS_PER_EDIT characters at most). Never where the quote would overlap its own old context.
 */
export function candidatePlaces(
  text: string,
  target: AnchorTarget,
  prepared: PreparedText = prepareText(text),
): CandidatePlaces {
  const { normalized } = prepared;
  const { needle } = makeNeedle(target, normalized);
  const { quote } = needle;
  const none = { places: [], total: 0 };
  if (quote.trim().length === 0) return none;
  const norm = normalized.text;
  const place = (start: number, end: number, exact: boolean): CandidatePlace => ({
    ...toOriginalRange(normalized, start, end),
    exact,
  });
  const exact = findAll(norm, quote)
    .filter((s) => !overlapsContext(norm, needle, s, s + quote.length))
    .map((s) => place(s, s + quote.length, true));
  if (exact.length > 0) return { places: exact.slice(0, MAX_OFFERED_PLACES), total: exact.length };
  const budget = Math.floor(quote.length / CHARS_PER_EDIT);
  if (budget < 1) return none;
  const close = search(norm, quote, budget);
  const places = close.slice(0, MAX_OFFERED_PLACES).map((m) => place(m.start, m.end, false));
  return { places, total: close.length };
}
