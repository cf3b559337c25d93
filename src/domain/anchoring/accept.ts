import { overlapsContext } from './candidates';
import { contextSimilarity, evidence, type Candidate, type Needle } from './score';
import type { AnchorThresholds } from './types';

/**
 * minQuoteSimilarity 0.75: at most one edit per four characters of the quote (Hypothesis
 * searches with up to one in two but keeps whatever scores best). For the exact quote away from
 * its position: strongContext 0.8 (context agrees on 80%: taken anywhere); intactSide 0.9 (one
 * side of at least 16 characters all but unchanged: text was inserted or a paragraph moved next
 * to it); minEvidence 0.7 (quote + context agree on 70% of their characters, only near the old
 * position). In German-like test text, unrelated 32-character contexts agree on 20–40% and
 * repeated stock phrases on up to ~60%; these thresholds sit above that.
 */
export const DEFAULT_THRESHOLDS: AnchorThresholds = {
  minQuoteSimilarity: 0.75,
  strongContext: 0.8,
  intactSide: 0.9,
  minEvidence: 0.7,
};

/** A side of context shorter than this is too little to vouch for a quote on its own. */
const MIN_INTACT_SIDE = 16;

/** "Near the old position": within this many characters or 10% of the text. */
function isNear(text: string, needle: Needle, c: Candidate): boolean {
  if (needle.hint === undefined) return true;
  return Math.abs(c.start - needle.hint) <= Math.max(256, text.length * 0.1);
}

/**
 * Whether the best candidate is good enough to anchor to; otherwise the highlight is an orphan.
 * A wrong passage is worse than an orphan: orphans are listed and can be re-attached by hand.
 */
export function acceptable(
  text: string,
  needle: Needle,
  c: Candidate,
  t: AnchorThresholds,
): boolean {
  const quoteSimilarity = 1 - c.errors / needle.quote.length;
  if (quoteSimilarity < t.minQuoteSimilarity) return false;

  if (c.errors === 0) {
    if (overlapsContext(text, needle, c.start, c.end)) return false;
    if (contextSimilarity(needle, c) >= t.strongContext) return true;
    const intact = (context: string, errors: number) =>
      context.length >= MIN_INTACT_SIDE && 1 - errors / context.length >= t.intactSide;
    if (intact(needle.prefix, c.prefixErrors) || intact(needle.suffix, c.suffixErrors)) return true;
    return isNear(text, needle, c) && evidence(needle, c) >= t.minEvidence;
  }

  // An edited quote must sit in its own context: what differs around it may not outweigh what
  // the quote itself may differ by. (A quote cut out of the text leaves its prefix and suffix
  // side by side; anything found between them misses about a quote's length of context.)
  const allowed = (1 - t.minQuoteSimilarity) * needle.quote.length;
  return c.prefixErrors + c.suffixErrors <= allowed;
}
