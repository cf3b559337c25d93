/**
 * Step 3 of anchoring: approximate matches of the quote, first near its old position, then
 * wherever pieces of the passage are found verbatim (pieces.ts), and the choice between the best
 * of them and the best exact occurrence of the quote.
 */
import { acceptable } from './accept';
import { alignToContext } from './align';
import { sidesOf, type Page } from './boundaries';
import { placeCandidates, quoteBudget, type SearchMemo } from './candidates';
import type { PieceIndex } from './piece-index';
import { piecePlaces } from './pieces';
import { compareCandidates, evidence, type Candidate, type Needle } from './score';
import { MIN_INTACT_SIDE } from './sides';
import { FAR_MAX_HITS, FAR_SHARE, NEAR_WINDOW, SETTLED_EVIDENCE } from './tuning';
import type { AnchorThresholds } from './types';

export interface Search {
  page: Page;
  index: PieceIndex;
  needle: Needle;
  /** prefix + quote + suffix, normalised. */
  pattern: string;
  thresholds: AnchorThresholds;
}

/** Whether both sides of the old context stand next to `c` (intact or explained: sidesOf). */
function inOwnContext(search: Search, c: Candidate): boolean {
  const sides = sidesOf(search.page, search.needle, c.start, c.end, MIN_INTACT_SIDE);
  return sides.prefix !== 'changed' && sides.suffix !== 'changed';
}

/**
 * The best candidate: the best exact occurrence (`exact`, best first), unless an approximate
 * match scores better. When the exact quote is acceptable where it is (`exactStands`), only an
 * edited copy between both sides of its own old context replaces it: a verbatim passage whose
 * surroundings changed must not lose to a near-copy that kept some of them.
 */
export function bestCandidate(
  search: Search,
  exact: Candidate[],
  exactStands: boolean,
): Candidate | undefined {
  const { page, index, needle, pattern, thresholds } = search;
  const text = page.normalized.text;
  const bestExact = exact[0];
  let best = bestExact;
  const maxErrors = Math.floor((1 - thresholds.minQuoteSimilarity) * needle.quote.length);
  if (maxErrors < 1) return best;
  const consider = (found: Candidate[]) => {
    const fuzzy = found
      .filter((c) => exact.length === 0 || c.errors > 0)
      .sort((a, b) => compareCandidates(a, b, needle.hint));
    const top = fuzzy[0] && alignToContext(text, needle, fuzzy[0], maxErrors);
    if (!top || (best && compareCandidates(top, best, needle.hint) >= 0)) return;
    // A fuzzy match around the verbatim quote (words inserted next to it, taken in to reach
    // the old context), or inside it (a suffix that repeats the quote's last words), does not
    // replace it: the quote is still there.
    if (best?.errors === 0 && top.start < best.end && top.end > best.start) return;
    if (exactStands && best === bestExact && !inOwnContext(search, top)) return;
    best = top;
  };
  // Near the old position first. Settled there: a close match, or an acceptable exact quote
  // (the places nearby have just been searched for an edited copy in its own context). The
  // quote is only searched for where pieces of the passage are found verbatim (pieces.ts):
  // near the old position two pieces will do, elsewhere a quarter of them must agree.
  const { hint } = needle;
  const slack = quoteBudget(needle);
  const reach = NEAR_WINDOW + pattern.length;
  const region = hint === undefined ? undefined : { from: hint - reach, to: hint + reach };
  const memo: SearchMemo = new Map();
  if (region) {
    const places = piecePlaces(index, pattern, {
      slack,
      within: region,
      maxHits: Infinity,
      share: 0,
    });
    consider(placeCandidates(text, needle, places, memo));
  }
  const settled =
    best !== undefined &&
    ((exactStands && best === bestExact) ||
      (region !== undefined &&
        best.start >= region.from &&
        best.end <= region.to &&
        (best.errors === 0 || evidence(needle, best) >= SETTLED_EVIDENCE) &&
        acceptable(page, needle, best, thresholds)));
  if (!settled) {
    const places = piecePlaces(index, pattern, { slack, maxHits: FAR_MAX_HITS, share: FAR_SHARE });
    consider(placeCandidates(text, needle, places, memo));
  }
  return best;
}
