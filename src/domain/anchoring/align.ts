import { indelByEnd, levenshtein } from './bit-parallel';
import { costsByEnd, reversed } from './edit-costs';
import { scoreCandidate, type Candidate, type Needle } from './score';
import {
  BORDER_PIN,
  BORDER_REACH_SLACK,
  MAX_BORDER_REACH,
  MAX_ALIGN_LENGTH,
  SUBSTITUTION,
  TRIM_OFFSET,
  TRIM_RUN,
  TRIM_SHORT_RUN,
  TRIM_TYPO_RUN,
} from './tuning';

/** Levenshtein distance (bit-parallel: quotes run to hundreds of characters). */
export function editDistance(a: string, b: string): number {
  return levenshtein(a, b);
}

function nearestPin(
  offsets: { from: number; to: number; at: number },
  fits: (offset: number) => boolean,
): number | undefined {
  const { from, to, at } = offsets;
  for (let d = 0; at - d >= from || at + d <= to; d++) {
    if (at - d >= from && fits(at - d)) return at - d;
    if (d > 0 && at + d <= to && fits(at + d)) return at + d;
  }
  return undefined;
}

/** Offsets `from`..`to` to choose from; `at` (the current border) wins ties. */
type Range = { from: number; to: number; at: number };

/** The offset in `range` with the lowest `cost`, the one nearest `range.at` among equals. */
function cheapest(range: Range, cost: (offset: number) => number): number {
  const { at } = range;
  let best = at;
  let bestCost = Infinity;
  for (let o = range.from; o <= range.to; o++) {
    const c = cost(o);
    if (c < bestCost || (c === bestCost && Math.abs(o - at) < Math.abs(best - at))) {
      best = o;
      bestCost = c;
    }
  }
  return best;
}

/**
 * The end in `range` (from start `s`) where the quote up to it plus the suffix after it need
 * the fewest edits together. Taken apart, the fewest edits for the quote alone often swallow
 * the first words of the suffix in place of the quote's deleted last words.
 */
function bestEnd(text: string, needle: Needle, s: number, range: Range): number {
  const { quote, suffix } = needle;
  const to = Math.min(text.length, range.to + suffix.length);
  const quoteCost = indelByEnd(text.slice(s, range.to), quote);
  const suffixCost = costsByEnd(
    reversed(text.slice(range.from, to)),
    reversed(suffix),
    true,
    SUBSTITUTION,
  );
  return cheapest(
    range,
    (e) => (quoteCost[e - s] ?? Infinity) + (suffix ? (suffixCost[to - e] ?? Infinity) : 0),
  );
}

/** The start in `range` (up to end `e`) where the prefix before it plus the quote need fewest. */
function bestStart(text: string, needle: Needle, e: number, range: Range): number {
  const { quote, prefix } = needle;
  const from = Math.max(0, range.from - prefix.length);
  const quoteCost = indelByEnd(reversed(text.slice(range.from, e)), reversed(quote));
  const prefixCost = costsByEnd(text.slice(from, range.to), prefix, true, SUBSTITUTION);
  return cheapest(
    range,
    (s) => (quoteCost[e - s] ?? Infinity) + (prefix ? (prefixCost[s - from] ?? Infinity) : 0),
  );
}

/**
 * An approximate match has the fewest edits, not necessarily the right borders: "nach Angaben"
 * edited to "nach den Angaben" matches best as "n Angaben", and a quote whose first words were
 * deleted matches best by taking in the end of its prefix instead. Where the context next to the
 * quote still agrees exactly a few characters away, move the border there; failing that, to
 * where the context fits best (for a match with at most `maxErrors`).
 */
export function alignToContext(
  text: string,
  needle: Needle,
  c: Candidate,
  maxErrors = needle.quote.length,
): Candidate {
  if (c.errors === 0 || needle.quote.length > MAX_ALIGN_LENGTH) return c;
  // The fewest edits for the quote alone may cut off its last words (one error each) rather
  // than take in words inserted before them (at most `maxErrors` to be taken): the right
  // border can be that far away.
  const reach = Math.min(MAX_BORDER_REACH, c.errors + maxErrors + BORDER_REACH_SLACK);
  const tail = needle.prefix.slice(-BORDER_PIN);
  const head = needle.suffix.slice(0, BORDER_PIN);
  const start = tail
    ? nearestPin(
        { from: Math.max(tail.length, c.start - reach), to: c.start + reach, at: c.start },
        (s) => text.startsWith(tail, s - tail.length),
      )
    : undefined;
  const end = head
    ? nearestPin(
        { from: c.end - reach, to: Math.min(text.length, c.end + reach), at: c.end },
        (e) => text.startsWith(head, e),
      )
    : undefined;
  // Where the context fits best, only for a match that could still be taken: moving a border
  // away from the fewest edits for the quote never lowers them.
  const refit = c.errors <= maxErrors;
  let s = start ?? c.start;
  let e = end ?? c.end;
  // A border placed by the context is kept even if the quote alone now needs more edits: that
  // is what the quote lost. Borders moved to exact pins only must not score worse.
  const placed = refit && (start === undefined || end === undefined);
  if (refit && end === undefined) {
    const from = Math.max(s, c.end - reach);
    const to = Math.min(text.length, c.end + reach);
    e = bestEnd(text, needle, s, { from, to, at: c.end });
  }
  if (refit && start === undefined && e > 0) {
    const range = { from: Math.max(0, c.start - reach), to: Math.min(e, c.start + reach) };
    s = bestStart(text, needle, e, { ...range, at: c.start });
  }
  if ((s === c.start && e === c.end) || e <= s) return c;
  const aligned = scoreCandidate(text, needle, s, e, editDistance(text.slice(s, e), needle.quote));
  return placed || aligned.score >= c.score ? aligned : c;
}

/** Whether two strings of the same length differ in at most one place. */
function oneOff(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ <= 1;
}

/**
 * The match without text at its edges that is none of the quote's: words that replaced the
 * quote's first or last words are not the passage (a person never highlighted them). A
 * character at an edge belongs to the quote when it starts TRIM_RUN characters that the quote
 * has somewhere, or TRIM_SHORT_RUN at about the same distance from that edge (a typo: "Lehmnn"
 * for "Lehmann" is still the quote's first word).
 */
export function trimmed(text: string, needle: Needle, c: Candidate): Candidate {
  const { quote } = needle;
  if (c.errors === 0 || quote.length < TRIM_RUN || c.end - c.start < TRIM_RUN) return c;
  const runs = new Set<string>();
  for (let i = 0; i + TRIM_RUN <= quote.length; i++) runs.add(quote.slice(i, i + TRIM_RUN));
  const near = (piece: string, offset: number) => {
    for (let d = -TRIM_OFFSET; d <= TRIM_OFFSET; d++) {
      if (offset + d >= 0 && quote.startsWith(piece, offset + d)) return true;
    }
    return false;
  };
  // From the start: the quote's text at about the same offset (or its first two letters right
  // at the start: "seßt" for "seit"; or its first four with one typo: "daan" for "dann" at
  // the end); from the end likewise.
  const oursFromStart = (i: number) =>
    runs.has(text.slice(i, i + TRIM_RUN)) ||
    near(text.slice(i, i + TRIM_SHORT_RUN), i - c.start) ||
    (i === c.start && text.startsWith(quote.slice(0, 2), i)) ||
    (i === c.start && oneOff(text.slice(i, i + TRIM_TYPO_RUN), quote.slice(0, TRIM_TYPO_RUN)));
  const oursFromEnd = (i: number) =>
    runs.has(text.slice(i - TRIM_RUN, i)) ||
    near(text.slice(i - TRIM_SHORT_RUN, i), quote.length - (c.end - i) - TRIM_SHORT_RUN) ||
    (i === c.end && text.startsWith(quote.slice(-2), i - 2)) ||
    (i === c.end && oneOff(text.slice(i - TRIM_TYPO_RUN, i), quote.slice(-TRIM_TYPO_RUN)));
  let s = c.start;
  while (s + TRIM_SHORT_RUN <= c.end && !oursFromStart(s)) s++;
  let e = c.end;
  while (e - TRIM_SHORT_RUN >= s && !oursFromEnd(e)) e--;
  // Nor the space next to them, unless the quote has one there.
  if (text[s] === ' ' && s > c.start && !quote.startsWith(' ')) s++;
  if (text[e - 1] === ' ' && e < c.end && !quote.endsWith(' ')) e--;
  if (e - s < TRIM_SHORT_RUN || (s === c.start && e === c.end)) return c;
  return scoreCandidate(text, needle, s, e, editDistance(text.slice(s, e), quote));
}
