import { sidesOf, type Page } from './boundaries';
import { overlapsContext } from './candidates';
import { contextSimilarity, evidence, type Candidate, type Needle } from './score';
import {
  intact,
  isNear,
  MIN_INTACT_SIDE,
  occursOnce,
  oneSideVouches,
  prefixNearby,
  suffixNearby,
  unique,
  verbatimRun,
  verbatimSideUnique,
} from './sides';
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

/**
 * Between both sides of its context, verbatim, a quote may differ by up to half its characters
 * (Hypothesis's own error budget): a word replaced by a longer one is still the passage.
 */
const PINNED_MIN_SIMILARITY = 0.5;
/** How much of an edited quote must go on verbatim from an intact side: about three words. */
const MIN_VERBATIM_QUOTE = 24;
/** An exact quote this long, found once near its old position, is taken without context. */
const LONG_UNIQUE_QUOTE = 32;

/**
 * Both sides of the context verbatim in full (each at least MIN_INTACT_SIDE characters), one of
 * them found nowhere else: what lies between is the passage, even if rewritten. Shorter runs are
 * no such evidence: in repetitive text, "e sagte der Präs" and " Angaben der Bundesregierung "
 * frame many places.
 */
function bothSidesPinned(text: string, needle: Needle, c: Candidate): boolean {
  const { prefix, suffix } = needle;
  if (prefix.length < MIN_INTACT_SIDE || suffix.length < MIN_INTACT_SIDE) return false;
  if (!text.startsWith(prefix, c.start - prefix.length) || !text.startsWith(suffix, c.end)) {
    return false;
  }
  return (
    unique(text, c.start - prefix.length, c.start) || unique(text, c.end, c.end + suffix.length)
  );
}

/**
 * An edited quote next to one side of its context that is all but unchanged, where that side's
 * characters right next to the quote (at least MIN_INTACT_SIDE) are verbatim and found nowhere
 * else in the text, and the quote goes on verbatim from that side for at least
 * MIN_VERBATIM_QUOTE characters and half its length: the edit that changed the other side (words
 * deleted across the quote's end, say) took part of the quote along. Only a side found once
 * vouches for the place (in "A Q1 B. A Q2 C." with "Q2 C" deleted, "A" is intact next to Q1),
 * and only a long verbatim stretch of the quote tells it from a repeated word that now follows.
 */
function standsByUniqueSide(
  text: string,
  needle: Needle,
  c: Candidate,
  t: AnchorThresholds,
): boolean {
  const { prefix, quote, suffix } = needle;
  const enough = (run: number) => run >= MIN_VERBATIM_QUOTE && run >= quote.length / 2;
  return (
    (intact(prefix, c.prefixErrors, t) &&
      enough(verbatimRun(text, quote, c.start, 'after')) &&
      verbatimSideUnique(text, needle, c, 'prefix')) ||
    (intact(suffix, c.suffixErrors, t) &&
      enough(verbatimRun(text, quote, c.end, 'before')) &&
      verbatimSideUnique(text, needle, c, 'suffix'))
  );
}

/** A unique quote with both sides of its context rewritten is taken within this share of the text. */
const NEAR_UNIQUE = 0.25;
/** …and only from this length: a short word found once may be a copy of one that was deleted. */
const DISTINCT_QUOTE = 24;
/**
 * With one side explained, the quote and what agrees verbatim around it must run this long: a
 * copy of a short deleted phrase ("Nach Angaben") after another sentence looks the same.
 */
const DISTINCT_RUN = 20;

/**
 * The exact quote where the context next to it was changed only beyond a sentence or paragraph
 * boundary, or not at all (boundaries.ts): a paragraph moved, a heading deleted before it, a
 * sentence inserted next to it. Taken when the quote is found once in the text, or when what
 * agrees verbatim around it is; a quote found once is also taken with one side changed, and
 * with both changed near its old place. Only a quote found elsewhere too needs more (the rules
 * below): a deleted passage leaves its copies behind.
 */
function verbatimQuoteStands(page: Page, needle: Needle, c: Candidate): boolean {
  const text = page.normalized.text;
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  const prefixStands = sides.prefix !== 'changed';
  const suffixStands = sides.suffix !== 'changed';
  const once = occursOnce(text, needle.quote);
  if (prefixStands && suffixStands) {
    return once || occursOnce(text, text.slice(c.start - sides.prefixRun, c.end + sides.suffixRun));
  }
  if (!once) return false;
  const intactSide = sides.prefix === 'intact' || sides.suffix === 'intact';
  if (intactSide) return true;
  const { length } = needle.quote;
  if (prefixStands || suffixStands) {
    return length + sides.prefixRun + sides.suffixRun >= DISTINCT_RUN;
  }
  return length >= DISTINCT_QUOTE && isNear(text, needle, c, NEAR_UNIQUE);
}

/**
 * Whether the best candidate is good enough to anchor to; otherwise the highlight is an orphan.
 * A wrong passage is worse than an orphan: orphans are listed and can be re-attached by hand.
 */
export function acceptable(page: Page, needle: Needle, c: Candidate, t: AnchorThresholds): boolean {
  const text = page.normalized.text;
  const quoteSimilarity = 1 - c.errors / needle.quote.length;
  const pinned = c.errors > 0 && bothSidesPinned(text, needle, c);
  if (quoteSimilarity < (pinned ? PINNED_MIN_SIMILARITY : t.minQuoteSimilarity)) return false;

  if (c.errors === 0) {
    if (overlapsContext(text, needle, c.start, c.end)) return false;
    if (contextSimilarity(needle, c) >= t.strongContext) return true;
    if (verbatimQuoteStands(page, needle, c)) return true;
    if (oneSideVouches(text, needle, c, t)) return true;
    if (!isNear(text, needle, c, 0.1)) return false;
    // Below, the quote itself is most of the evidence: it must be found nowhere else. Evidence
    // spread over both sides also needs some of the old context verbatim next to the quote (a
    // copy of a deleted passage can sit where it was, in other words).
    if (!occursOnce(text, needle.quote)) return false;
    const contextNearby = prefixNearby(text, needle, c) || suffixNearby(text, needle, c);
    if (contextNearby && evidence(needle, c) >= t.minEvidence) return true;
    // Both sides edited right next to a long quote: the quote itself is the evidence, as long
    // as it is nowhere else and close to where it was. (In generated news prose, unique
    // 32-character quotes of removed passages turned up 6,700 characters away and more; intact
    // ones within 2,900, mostly within 1,100.) Beyond 256 characters some of its old context
    // must turn up next to it: 46-character stock phrases recurred 1,400 away.
    return (
      needle.quote.length >= LONG_UNIQUE_QUOTE &&
      needle.hint !== undefined &&
      isNear(text, needle, c, 0.02) &&
      (contextNearby || isNear(text, needle, c, 0))
    );
  }

  if (pinned || standsByUniqueSide(text, needle, c, t)) return true;
  // An edited quote must sit in its own context: what differs around it may not outweigh what
  // the quote itself may differ by. (A quote cut out of the text leaves its prefix and suffix
  // side by side; anything found between them misses about a quote's length of context.)
  const allowed = (1 - t.minQuoteSimilarity) * needle.quote.length;
  return c.prefixErrors + c.suffixErrors <= allowed;
}
