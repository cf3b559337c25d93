import { trimmed } from './align';
import { boundaryAt, sidesOf, type Page } from './boundaries';
import { overlapsContext } from './candidates';
import { contextClosedUp, cutMeeting } from './cut';
import { evidence, type Candidate, type Needle } from './score';
import {
  intact,
  isNear,
  occursAtAll,
  occursOnce,
  oneSideVouches,
  prefixNearby,
  suffixNearby,
  unique,
  verbatimRun,
  verbatimSideUnique,
} from './sides';
import { survives as survivesAsTruth } from './survival';
import {
  BETWEEN_SIDES,
  BY_UNIQUE_SIDE,
  DEFAULT_THRESHOLDS,
  JUNCTION,
  LONG_QUOTE,
  PIECE_EDGE,
  MIN_INTACT_SIDE,
  MIN_SHORT_PIECE,
  MIN_TYPO_QUOTE,
  MIN_VERBATIM_QUOTE,
  NEAR_VERBATIM,
  NEAR_CONTEXT_BEYOND,
  NEAR_UNIQUE,
  SURVIVES,
  TYPO,
  TYPO_EDGE,
  UNIQUE_ALONE,
} from './tuning';
import type { AnchorThresholds } from './types';

export { DEFAULT_THRESHOLDS };

/**
 * Both sides of the context verbatim next to the match for MIN_INTACT_SIDE characters at least,
 * one of them in full (the other's far end may have changed: a word rewritten 20 characters
 * before the quote), one of those runs found nowhere else: what lies between is the passage,
 * even if rewritten. Shorter runs are no such evidence: in repetitive text, "e sagte der Präs"
 * and " Angaben der Bundesregierung " frame many places.
 */
function bothSidesPinned(text: string, needle: Needle, c: Candidate): boolean {
  const { prefix, suffix } = needle;
  if (prefix.length < MIN_INTACT_SIDE || suffix.length < MIN_INTACT_SIDE) return false;
  const before = verbatimRun(text, prefix, c.start, 'before');
  const after = verbatimRun(text, suffix, c.end, 'after');
  if (before < MIN_INTACT_SIDE || after < MIN_INTACT_SIDE) return false;
  // One side in full: two runs of 16 characters of stock phrases (" Verhandlungen w", "r
  // Bundesregierung") frame a place in property (d)'s small-vocabulary text by chance.
  if (before < prefix.length && after < suffix.length) return false;
  return unique(text, c.start - before, c.start) || unique(text, c.end, c.end + after);
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

/** A sentence ending inside a piece of text: . ! or ? (and a closing quote) before a space. */
const SENTENCE_END = /[.!?]"? /;

/**
 * Whether the quote's characters survive in `match` as issue 11's ground truth counts a passage
 * still there (survival.ts, whitespace not counted): SURVIVES of them in runs, at most MAX_NEW
 * of the match other text.
 */
function survives(quote: string, match: string): boolean {
  return survivesAsTruth(quote.replace(/ /g, ''), match.replace(/ /g, ''));
}

/**
 * An edited quote next to a side whose characters next to it are verbatim (MIN_INTACT_SIDE at
 * least) and found nowhere else, going on verbatim from that side for SURVIVES of its length
 * (MIN_SHORT_PIECE characters at least): a short quote whose last or first word was rewritten.
 * Only within one sentence: a stock sentence that ends the same way ("… des Mieterbundes Claudia
 * Yılmaz.") is no evidence for the next one (on bench row 5 it put 4 more on copies). Across a
 * sentence end ("am Mittwoch. " of "am Mittwoch. Ein", the next sentence rewritten) only where
 * all of that side stands verbatim next to it and is found once (22 characters of it are found
 * once next to a deleted passage's copy: rewritten-sides.test.ts), and the match is the piece
 * itself (a letter of the next sentence, "Unterschriften. U", is not drawn as the passage; nor
 * is "Geld fließt. Die" for "Geld fließt.\nVogt" with a sentence inserted: between-sides.test.ts).
 */
function pieceBySide(text: string, needle: Needle, c: Candidate): boolean {
  const { prefix, quote, suffix } = needle;
  const match = text.slice(c.start, c.end).trim();
  const acrossEnd = (piece: string, wholeSide: boolean) => wholeSide && match === piece.trim();
  const stands = (run: number, piece: string, wholeSide: () => boolean) =>
    run >= MIN_SHORT_PIECE &&
    run >= SURVIVES * quote.length &&
    (!SENTENCE_END.test(piece) || acrossEnd(piece, wholeSide()));
  const head = verbatimRun(text, quote, c.start, 'after');
  const tail = verbatimRun(text, quote, c.end, 'before');
  const wholePrefix = () => wholeSideUnique(text, prefix, c.start - prefix.length);
  const wholeSuffix = () => wholeSideUnique(text, suffix, c.end);
  return (
    (verbatimSideUnique(text, needle, c, 'prefix') &&
      stands(head, quote.slice(0, head), wholePrefix)) ||
    (verbatimSideUnique(text, needle, c, 'suffix') && stands(tail, quote.slice(-tail), wholeSuffix))
  );
}

/**
 * The verbatim quote where the context next to it changed only beyond a sentence or paragraph
 * boundary, or not at all (boundaries.ts): a paragraph moved, a heading deleted before it, a
 * sentence inserted next to it. Taken when both sides stand and it is found once (or what
 * agrees verbatim around it is); when it is found once and one side stands; when it is found
 * once, UNIQUE_ALONE long and within NEAR_UNIQUE of its old place. A quote found elsewhere too
 * needs more (the other rules): a deleted passage leaves its copies behind.
 */
export function verbatimStands(page: Page, needle: Needle, c: Candidate): boolean {
  const text = page.normalized.text;
  const { quote } = needle;
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  const prefixStands = sides.prefix !== 'changed';
  const suffixStands = sides.suffix !== 'changed';
  if (occursOnce(text, quote)) {
    if (prefixStands || suffixStands) return true;
    return quote.length >= UNIQUE_ALONE && isNear(text, needle, c, NEAR_UNIQUE);
  }
  const run = text.slice(c.start - sides.prefixRun, c.end + sides.suffixRun);
  return prefixStands && suffixStands && occursOnce(text, run);
}

/**
 * An edited quote (with the usual errors at most: `acceptable`) whose match is found once and
 * the quote itself nowhere, standing by one side: LONG_QUOTE long next to a side that is
 * explained (a sentence deleted at its end, another rewritten beyond it) or intact and found
 * nowhere else; or a typo fix (TYPO errors, its edges the quote's) next to an intact side found
 * nowhere else, not where a cut left both sides of the old context together.
 */
function editedStands(page: Page, needle: Needle, c: Candidate): boolean {
  const text = page.normalized.text;
  const { quote, prefix, suffix } = needle;
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  // A side that stands by a stock phrase (" nach Angaben der") vouches for nothing.
  const intactPrefix =
    sides.prefix === 'intact' && unique(text, c.start - sides.prefixRun, c.start);
  const intactSuffix = sides.suffix === 'intact' && unique(text, c.end, c.end + sides.suffixRun);
  const long =
    quote.length >= LONG_QUOTE &&
    (sides.prefix === 'explained' || sides.suffix === 'explained' || intactPrefix || intactSuffix);
  // At a cut the "match" is the other side's own first (or last) words.
  const match = text.slice(c.start, c.end);
  const byPrefix = intactPrefix && !text.startsWith(suffix.slice(0, JUNCTION), c.start);
  const bySuffix = intactSuffix && !text.startsWith(prefix.slice(-JUNCTION), c.end - JUNCTION);
  const edges =
    match.slice(0, TYPO_EDGE) === quote.slice(0, TYPO_EDGE) &&
    match.slice(-TYPO_EDGE) === quote.slice(-TYPO_EDGE);
  const typo =
    c.errors <= TYPO && quote.length >= MIN_TYPO_QUOTE && edges && (byPrefix || bySuffix);
  return (long || typo) && !occursAtAll(text, quote) && occursOnce(text, match);
}

/** Whether both sides of the old context stand next to `c` (intact or explained). */
function bothSidesStand(page: Page, needle: Needle, c: Candidate): boolean {
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  return sides.prefix !== 'changed' && sides.suffix !== 'changed';
}

/**
 * Whether each side of the old context is verbatim next to `c` for MIN_INTACT_SIDE characters,
 * or all of it (where the text began or ended within it), and together they hold more of it
 * than the meeting where it closed up (cut.ts `cutMeeting`), or all of it.
 */
function inOwnContext(page: Page, needle: Needle, c: Candidate): boolean {
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  const { length } = page.normalized.text;
  const prefix =
    sides.prefixRun >= MIN_INTACT_SIDE ||
    (sides.prefixRun === needle.prefix.length && c.start === sides.prefixRun);
  const suffix =
    sides.suffixRun >= MIN_INTACT_SIDE ||
    (sides.suffixRun === needle.suffix.length && c.end + sides.suffixRun === length);
  // More of the old context than where it closed up (or all of it): a removed quote's sides
  // meet holding all but a few characters of it, and stock phrases frame copies by 16 or so
  // (property (d): 32 of "nach Angaben der Bundesregierung" and 16 of the suffix, where the
  // meeting held 25 and 23).
  if (!prefix || !suffix) return false;
  if (fullContext(page.normalized.text, needle, c)) return true;
  return sides.prefixRun + sides.suffixRun > cutMeeting(page, needle, c.start, c.end);
}

/** Whether all of the old context, both sides, is verbatim around `c`. */
function fullContext(text: string, needle: Needle, c: Candidate): boolean {
  const { prefix, suffix } = needle;
  return text.startsWith(prefix, c.start - prefix.length) && text.startsWith(suffix, c.end);
}

/**
 * Whether a side of the old context shorter than MIN_INTACT_SIDE (the text began or ended
 * within it) is at the same end of the text next to `c`: at a boundary elsewhere, "N" before
 * "ach Angaben der" is no evidence of a move (a quote with no more than typos may have moved).
 */
function shortSidesAtEdges(text: string, needle: Needle, c: Candidate): boolean {
  const { prefix, suffix } = needle;
  const prefixOk = prefix.length >= MIN_INTACT_SIDE || c.start === prefix.length;
  const suffixOk = suffix.length >= MIN_INTACT_SIDE || c.end + suffix.length === text.length;
  return prefixOk && suffixOk;
}

/**
 * Whether all of one side of the old context is verbatim next to `c`. A side that is empty (the
 * quote began or ended the text) vouches for nothing: property (d)'s removed "Nach Angaben der
 * Bundesregierung nach Angaben …" at the start of the text was put on its repeat right after it.
 */
function wholeSide(text: string, needle: Needle, c: Candidate): boolean {
  const { prefix, suffix } = needle;
  return (
    (prefix.length > 0 && text.startsWith(prefix, c.start - prefix.length)) ||
    (suffix.length > 0 && text.startsWith(suffix, c.end))
  );
}

/**
 * An edited quote whose characters survive in the match as issue 11's ground truth counts a
 * passage still there (survival.ts: SURVIVES of the quote in runs, at most MAX_NEW of the match
 * other text: a sentence inserted into it or deleted from it, words rewritten), where both sides
 * of its old context stand (intact or explained) and one is intact and found nowhere else.
 */
function survivesInPlace(page: Page, needle: Needle, c: Candidate): boolean {
  const text = page.normalized.text;
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  if (sides.prefix === 'changed' || sides.suffix === 'changed') return false;
  const prefixVouches =
    sides.prefix === 'intact' && unique(text, c.start - sides.prefixRun, c.start);
  const suffixVouches = sides.suffix === 'intact' && unique(text, c.end, c.end + sides.suffixRun);
  if (!prefixVouches && !suffixVouches) return false;
  const match = text.slice(c.start, c.end);
  const { quote } = needle;
  // Unless both sides are intact, its own first and last characters tie it to them: a stock
  // sentence with its last word another ("die Zufahrt zur Bahnstrecke" / "… zur Nahverkehr")
  // next to a stock phrase is a copy.
  const bothIntact = sides.prefix === 'intact' && sides.suffix === 'intact';
  const edges =
    match.startsWith(quote.slice(0, PIECE_EDGE)) && match.endsWith(quote.slice(-PIECE_EDGE));
  if (!bothIntact && !edges && !edgeWordReplaced(text, needle, c)) return false;
  return survives(quote, match);
}

/**
 * The quote's first (or last) word replaced: the match goes on verbatim from its other edge,
 * which is the quote's own; all of the old context's side beyond the new word stands verbatim
 * next to it (`survivesInPlace` wants it found once: its other side is only explained); and
 * the passage drawn (without words that are none of the quote's: align.ts `trimmed`) is the
 * quote's verbatim words alone ("«Darüber reden [dass] seit zehn Jahren»" for "„Darüber reden
 * wir"). Part of that side found once is no evidence: a deleted stock sentence's copy with
 * another word in its slot is followed by the sentence's own last words (bench row 5, 100
 * edits: "Polizei sperrte die Zufahrt zur [Kita] für mehrere Stunden"). Where the drawing keeps
 * a sentence inserted next to the quote, or a new word that begins like the quote's, the side
 * vouches for no passage (without this, rewritten-sides.test.ts's narrowing cases were taken
 * with the inserted sentence before narrowing was tried).
 */
function edgeWordReplaced(text: string, needle: Needle, c: Candidate): boolean {
  const { prefix, quote, suffix } = needle;
  const match = text.slice(c.start, c.end);
  if (match.startsWith(quote.slice(0, PIECE_EDGE)) && text.startsWith(suffix, c.end)) {
    const head = verbatimRun(text, quote, c.start, 'after');
    const drawn = trimmed(text, needle, c);
    return drawn.start === c.start && drawn.end <= c.start + head;
  }
  if (
    match.endsWith(quote.slice(-PIECE_EDGE)) &&
    text.startsWith(prefix, c.start - prefix.length)
  ) {
    const tail = verbatimRun(text, quote, c.end, 'before');
    const drawn = trimmed(text, needle, c);
    return drawn.end === c.end && drawn.start >= c.end - tail;
  }
  return false;
}

/**
 * A long edited quote (LONG_QUOTE or more) whose characters survive in the match as the ground
 * truth counts a passage still there (`survives`), its first and last PIECE_EDGE characters its
 * own, where both sides of its old context stand (intact or explained) but neither is intact
 * and found once: a sentence inserted into a passage whose neighbouring sentences were rewritten.
 */
function survivesBetweenSides(page: Page, needle: Needle, c: Candidate): boolean {
  const { quote } = needle;
  if (quote.length < LONG_QUOTE) return false;
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  const match = page.normalized.text.slice(c.start, c.end);
  // Each edge is the quote's own next to a side that stands, or (one edge at most) one of its
  // sentence boundaries, the text's too: the sentences beyond it were deleted or rewritten.
  const start =
    sides.prefix !== 'changed' && match.startsWith(quote.slice(0, PIECE_EDGE))
      ? 'side'
      : atOwnSentence(page, needle, c, 'start')
        ? 'own'
        : undefined;
  const end =
    sides.suffix !== 'changed' && match.endsWith(quote.slice(-PIECE_EDGE))
      ? 'side'
      : atOwnSentence(page, needle, c, 'end')
        ? 'own'
        : undefined;
  if (!start || !end || (start === 'own' && end === 'own')) return false;
  return survives(quote, match);
}

/**
 * Whether the match's start (end) is that of one of the quote's own sentences other than its
 * first (last), at a sentence boundary of the old text and of the new: MIN_INTACT_SIDE
 * characters of the quote after (before) one of its boundaries stand there ("Die L" opens many
 * a sentence), and what the quote had before (after) it is not within a quote's length.
 */
function atOwnSentence(page: Page, needle: Needle, c: Candidate, edge: 'start' | 'end'): boolean {
  const text = page.normalized.text;
  const { prefix, quote } = needle;
  const inside = (needle.boundaries?.() ?? [])
    .map((b) => b - prefix.length)
    .filter((b) => b >= MIN_INTACT_SIDE && b <= quote.length - MIN_INTACT_SIDE - 1);
  if (edge === 'start') {
    if (c.start > 0 && !boundaryAt(page.normalized, page.raw, c.start - 1)) return false;
    const before = text.slice(Math.max(0, c.start - quote.length), c.start);
    return inside.some(
      (b) =>
        text.startsWith(quote.slice(b + 1, b + 1 + MIN_INTACT_SIDE), c.start) &&
        !leftOutNearby(quote.slice(0, b), before),
    );
  }
  if (c.end < text.length && !boundaryAt(page.normalized, page.raw, c.end)) return false;
  const after = text.slice(c.end, c.end + quote.length);
  return inside.some(
    (b) =>
      text.startsWith(quote.slice(b - MIN_INTACT_SIDE, b), c.end - MIN_INTACT_SIDE) &&
      !leftOutNearby(quote.slice(b), after),
  );
}

/** Characters other than spaces in `s` (the ground truth does not count whitespace). */
const solid = (s: string) => s.replace(/ /g, '').length;

/**
 * Where the match is, verbatim, whole sentences of the quote (the quote's own boundary at each
 * edge where some of it was left out, and the text's too): the sentences at its other edges
 * were deleted or rewritten, these stand. Taken when they are SURVIVES of the quote (the ground
 * truth's share), found once, and their place is vouched for: by a side of the old context
 * verbatim and found once next to an edge the quote shares, or, DISTINCT_QUOTE long, by being
 * within NEAR_UNIQUE of the old place.
 */
export function ownSentences(page: Page, needle: Needle, c: Candidate): boolean {
  const text = page.normalized.text;
  const { prefix, quote } = needle;
  const match = text.slice(c.start, c.end);
  const at = quote.indexOf(match);
  if (match.length === 0 || at === -1) return false;
  const end = at + match.length;
  const old = needle.boundaries?.() ?? [];
  const boundaryHere = (i: number) =>
    i < 0 || i >= text.length || boundaryAt(page.normalized, page.raw, i);
  // Each edge is the quote's own, or a sentence boundary of the old text and of the new.
  if (at > 0 && !(old.includes(prefix.length + at - 1) && boundaryHere(c.start - 1))) return false;
  if (end < quote.length && !(old.includes(prefix.length + end) && boundaryHere(c.end))) {
    return false;
  }
  if (solid(match) < SURVIVES * solid(quote) || !occursOnce(text, match)) return false;
  // What was left out is gone from next to it: a sentence inserted into the passage splits it
  // into two runs of its sentences, and either alone is not the passage.
  if (leftOutNearby(quote.slice(0, at), text.slice(Math.max(0, c.start - quote.length), c.start))) {
    return false;
  }
  if (leftOutNearby(quote.slice(end), text.slice(c.end, c.end + quote.length))) return false;
  // A side vouches in full only: 22 characters of "“, sagte Vorsitzende " are found once
  // in a news text, next to a copy of the stock phrase that followed them.
  const { suffix } = needle;
  const bySide =
    (at === 0 && wholeSideUnique(text, prefix, c.start - prefix.length)) ||
    (end === quote.length && wholeSideUnique(text, suffix, c.end));
  return bySide || (match.length >= LONG_QUOTE && isNear(text, needle, c, NEAR_UNIQUE));
}

/** Whether all of a side (MIN_INTACT_SIDE long at least) stands verbatim at `at`, found once. */
function wholeSideUnique(text: string, side: string, at: number): boolean {
  return side.length >= MIN_INTACT_SIDE && text.startsWith(side, at) && occursOnce(text, side);
}

/** Whether some MIN_INTACT_SIDE characters of `left` (all, when shorter) stand in `window`. */
function leftOutNearby(left: string, window: string): boolean {
  const part = left.trim();
  const run = Math.min(MIN_INTACT_SIDE, part.length);
  if (run === 0) return false;
  for (let k = 0; k + run <= part.length; k++) {
    if (window.includes(part.slice(k, k + run))) return true;
  }
  return false;
}

/**
 * A typo fix (the quote agrees on NEAR_VERBATIM) next to a side that stands (explained: the
 * sentence before or after it rewritten; or intact and found once), the quote itself found
 * nowhere and the match only here, within NEAR_UNIQUE of its old place.
 */
function typoBySide(page: Page, needle: Needle, c: Candidate): boolean {
  const text = page.normalized.text;
  // Of any length (NEAR_VERBATIM wants ten characters for one typo): until issue 11's eighth
  // round, DISTINCT_QUOTE (24) at least, which orphaned "Ein Teil der Mitel" on bench row 5.
  if (1 - c.errors / needle.quote.length < NEAR_VERBATIM) return false;
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  // An intact side stands only when found once: "sagte eine Sprecherin " before a stock phrase
  // ("des Rathauses auf Anfrage. Er" for "… Ein") is found all over a news text.
  const prefixStands =
    sides.prefix === 'explained' ||
    (sides.prefix === 'intact' && unique(text, c.start - sides.prefixRun, c.start));
  const suffixStands =
    sides.suffix === 'explained' ||
    (sides.suffix === 'intact' && unique(text, c.end, c.end + sides.suffixRun));
  if (!prefixStands && !suffixStands) return false;
  if (!isNear(text, needle, c, NEAR_UNIQUE)) return false;
  return !occursAtAll(text, needle.quote) && occursOnce(text, text.slice(c.start, c.end));
}

/**
 * The exact quote, found once and within a tenth of the text of its old place, with both sides
 * changed right next to it but some of the old context verbatim just beyond (words inserted
 * between), and quote + context agreeing on `minEvidence` of their characters.
 */
function contextJustBeyond(text: string, needle: Needle, c: Candidate, t: AnchorThresholds) {
  if (!isNear(text, needle, c, NEAR_CONTEXT_BEYOND) || !occursOnce(text, needle.quote))
    return false;
  const contextNearby = prefixNearby(text, needle, c) || suffixNearby(text, needle, c);
  return contextNearby && evidence(needle, c) >= t.minEvidence;
}

/**
 * Whether the best candidate is good enough to anchor to; otherwise the highlight is an orphan.
 * A wrong passage is worse than an orphan: orphans are listed and can be re-attached by hand.
 * The rules, each with the failure it prevents, are in README.md in this folder.
 */
export function acceptable(page: Page, needle: Needle, c: Candidate, t: AnchorThresholds): boolean {
  const text = page.normalized.text;
  if (c.errors === 0) {
    if (overlapsContext(text, needle, c.start, c.end)) return false;
    return (
      verbatimStands(page, needle, c) ||
      oneSideVouches(text, needle, c, t) ||
      contextJustBeyond(text, needle, c, t)
    );
  }
  // Its old context closed up: the passage was cut out, and this is a copy, unless all of
  // its old context is around it (stock phrases met by chance elsewhere); where they meet at a
  // boundary, it may have moved (then only between both sides standing). A candidate that is
  // mostly the meeting itself is the context's remains, unless all of its context is around
  // it; one next to the meeting (taking in some of it) stands only by a whole side.
  const closed = contextClosedUp(page, needle, c.start, c.end);
  if (closed === 'own' && !fullContext(text, needle, c)) return false;
  if (closed === 'next' && !wholeSide(text, needle, c)) return false;
  if (closed === 'cut' && !inOwnContext(page, needle, c)) return false;
  const similarity = 1 - c.errors / needle.quote.length;
  if (closed === 'boundary') {
    const typos = similarity >= NEAR_VERBATIM;
    if (!bothSidesStand(page, needle, c)) return false;
    if (!typos && !shortSidesAtEdges(text, needle, c)) return false;
  }
  if (similarity >= BETWEEN_SIDES && bothSidesPinned(text, needle, c)) return true;
  if (survivesInPlace(page, needle, c)) return true;
  if (survivesBetweenSides(page, needle, c)) return true;
  if (typoBySide(page, needle, c)) return true;
  if (pieceBySide(text, needle, c)) return true;
  if (similarity >= BY_UNIQUE_SIDE && standsByUniqueSide(text, needle, c, t)) return true;
  if (ownSentences(page, needle, c)) return true;
  if (similarity < t.minQuoteSimilarity) return false;
  if (editedStands(page, needle, c)) return true;
  // An edited quote must sit in its own context: what differs around it may not outweigh what
  // the quote itself may differ by. (A quote cut out of the text leaves its prefix and suffix
  // side by side; anything found between them misses about a quote's length of context.)
  const allowed = (1 - t.minQuoteSimilarity) * needle.quote.length;
  return c.prefixErrors + c.suffixErrors <= allowed;
}
