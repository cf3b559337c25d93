import type { Window } from './pieces';
import {
  MAX_SCORED_MATCHES,
  MAX_SCORED_OCCURRENCES,
  MAX_SEARCH_ERRORS,
  MAX_SEARCHED_PLACES,
  OUTSIDE_PIN,
  OVERLAP_PIN,
  TIED_CONTEXT,
  WINDOW_SLACK,
} from './tuning';
import { search } from './search';
import {
  compareCandidates,
  contextAgreement,
  scoreCandidate,
  type Candidate,
  type Needle,
} from './score';

export interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/** Every start of `needle` in `haystack` (overlapping ones included). */
export function findAll(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    found.push(i);
  }
  return found;
}

/**
 * Whether a candidate overlaps its own context: neither side of the context is where it should
 * be, and the prefix's last characters end inside the candidate or the suffix's first characters
 * start inside it. That is the quote's text turning up in a doubled word next to where it was
 * ("werden werdex" after the quote "werden" was edited), not the quote.
 */
export function overlapsContext(text: string, needle: Needle, start: number, end: number): boolean {
  const tail = needle.prefix.slice(-OVERLAP_PIN);
  const head = needle.suffix.slice(0, OVERLAP_PIN);
  const prefixInPlace = tail.length < 3 || text.startsWith(tail, start - tail.length);
  const suffixInPlace = head.length < 3 || text.startsWith(head, end);
  if (prefixInPlace || suffixInPlace) return false;
  // A pin that starts after start - length and before end overlaps the candidate, unless the
  // quote itself has those characters there ("Öffentlichkeit" in the quote, suffix "fentlichkeit"),
  // or all but a space or two of it lies inside the candidate: then it is only the quote's own
  // text again (a suffix that begins with the quote's first words, " Nach Angaben der …").
  const outside = (at: number, length: number) =>
    Math.max(0, start - at) + Math.max(0, at + length - end);
  const ownPin = (pin: string, at: number) =>
    (at >= start && at + pin.length <= end && needle.quote.startsWith(pin, at - start)) ||
    outside(at, pin.length) < OUTSIDE_PIN;
  return (
    occursFrom(text, tail, start - tail.length + 1, end - 1, ownPin) ||
    occursFrom(text, head, start - head.length + 1, end - 1, ownPin)
  );
}

/**
 * Whether `pin` occurs in `text` starting somewhere in `[first, last]` (a bounded scan), not
 * counting occurrences `skip` accepts.
 */
function occursFrom(
  text: string,
  pin: string,
  first: number,
  last: number,
  skip: (pin: string, at: number) => boolean,
): boolean {
  if (last < first || pin.length === 0) return false;
  // Only the window is searched: indexOf on the text would run on to its end when the pin is
  // not in the window (most of the time).
  const from = Math.max(0, first);
  const window = text.slice(from, last + pin.length);
  for (let i = window.indexOf(pin); i !== -1; i = window.indexOf(pin, i + 1)) {
    if (!skip(pin, from + i)) return true;
  }
  return false;
}

/** The error budget Hypothesis uses for its first search. */
function searchBudget(patternLength: number): number {
  return Math.min(MAX_SEARCH_ERRORS, Math.floor(patternLength / 2));
}

function byDistance<T extends { start: number }>(items: T[], hint: number | undefined): T[] {
  if (hint === undefined) return items;
  return [...items].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
}

function scoreAll(text: string, needle: Needle, matches: RawMatch[]): Candidate[] {
  return matches.map((m) => scoreCandidate(text, needle, m.start, m.end, m.errors));
}

/**
 * Exact (normalised) occurrences of the quote (found by `find`), scored best first. Occurrences
 * whose context is about as good as the best one (within a few characters) count as tied, and of
 * tied ones the one nearest the old position comes first.
 */
export function exactCandidates(
  text: string,
  needle: Needle,
  find: (s: string) => number[] = (s) => findAll(text, s),
): Candidate[] {
  const { quote, prefix, suffix, hint } = needle;
  let starts = find(quote).filter(
    (start) => !overlapsContext(text, needle, start, start + quote.length),
  );
  if (starts.length > MAX_SCORED_OCCURRENCES) {
    const ranked = starts.map((start) => ({
      start,
      agree: contextAgreement(text, needle, start, start + quote.length),
    }));
    ranked.sort(
      (a, b) =>
        b.agree - a.agree ||
        (hint === undefined ? 0 : Math.abs(a.start - hint) - Math.abs(b.start - hint)),
    );
    starts = ranked.slice(0, MAX_SCORED_OCCURRENCES).map((r) => r.start);
  }
  const scored = scoreAll(
    text,
    needle,
    starts.map((start) => ({ start, end: start + quote.length, errors: 0 })),
  );
  scored.sort((a, b) => compareCandidates(a, b, hint));
  const best = scored[0];
  if (!best || hint === undefined) return scored;
  const tolerance = Math.max(2, Math.round(TIED_CONTEXT * (prefix.length + suffix.length)));
  const limit = best.prefixErrors + best.suffixErrors + tolerance;
  let nearest = best;
  for (const c of scored) {
    if (c.prefixErrors + c.suffixErrors > limit) continue;
    if (Math.abs(c.start - hint) < Math.abs(nearest.start - hint)) nearest = c;
  }
  return nearest === best ? scored : [nearest, ...scored.filter((c) => c !== nearest)];
}

/** Approximate matches of the quote in `text.slice(from, to)`, as offsets into `text`. */
function quoteMatches(text: string, quote: string, from: number, to: number): RawMatch[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(slice, quote, searchBudget(quote.length)).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

/**
 * Searches already done for one quote, by window: the places found far from the old position
 * are often the ones found near it (a fifth of all searches in the benchmark's heavy revision).
 */
export type SearchMemo = Map<string, RawMatch[]>;

function memoizedMatches(text: string, quote: string, from: number, to: number, memo?: SearchMemo) {
  const key = `${from}:${to}`;
  const known = memo?.get(key);
  if (known) return known;
  const found = quoteMatches(text, quote, from, to);
  memo?.set(key, found);
  return found;
}

function uniqueMatches(raw: RawMatch[]): RawMatch[] {
  const seen = new Set<string>();
  return raw.filter((m) => {
    const key = `${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Approximate matches of the quote (with Hypothesis's budget, min(256, length / 2) errors) where
 * pieces of the passage put it: in each place, between where its prefix ends and its suffix
 * starts, give or take the place's slack. Searching each place on its own finds an edited quote
 * in its own context even when an unedited copy sits elsewhere in the wrong context. `memo`
 * holds the searches for this needle (same text, same quote) done before.
 */
export function placeCandidates(
  text: string,
  needle: Needle,
  places: Window[],
  memo?: SearchMemo,
): Candidate[] {
  const { quote, prefix, suffix } = needle;
  const raw: RawMatch[] = [];
  for (const place of places.slice(0, MAX_SEARCHED_PLACES)) {
    // A place cut off by an end of the text (pieces.ts clamps it) holds less of that side of
    // the context than the pattern: the whole rest of the text may be the quote's.
    const from = place.from === 0 ? 0 : Math.max(0, place.from + prefix.length - WINDOW_SLACK);
    const to =
      place.to === text.length
        ? text.length
        : Math.min(text.length, place.to - suffix.length + WINDOW_SLACK);
    if (to - from >= quote.length / 2) raw.push(...memoizedMatches(text, quote, from, to, memo));
  }
  return scoreAll(
    text,
    needle,
    uniqueMatches(byDistance(raw, needle.hint)).slice(0, MAX_SCORED_MATCHES),
  );
}

/** Errors allowed when the quote is searched: how far a place may be off. */
export function quoteBudget(needle: Needle): number {
  return searchBudget(needle.quote.length);
}
