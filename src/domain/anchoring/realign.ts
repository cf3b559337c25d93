/**
 * Realigning the old window (stage 6e), when no candidate of the search is acceptable, nor one
 * narrowed, widened or made of the quote's own sentences. The search matches the quote alone,
 * with the fewest edits; where the sentence next to an edited passage was rewritten too, or one
 * was inserted into it, that match's borders and the rules' view of its sides say little. Here
 * all that was recorded, prefix + quote + suffix, is aligned against the text where pieces of it
 * stand, with a gap cost that makes an inserted sentence one edit rather than one per letter,
 * and the quote's new bounds are read from that alignment the way issue 11's ground truth picks
 * a passage: its characters found there, the most of them with at most MAX_NEW other text
 * between. It is taken only where the alignment vouches for the place (see `vouches`), or the
 * quote's own sentences do (`ownSentencesVouch`; for a quote under DISTINCT_QUOTE the window
 * vouches only where the words at its new bounds are the quote's: `keepsWordEdges`).
 */
import type { Page } from './boundaries';
import { contextClosedUp } from './cut';
import { editDistance } from './align';
import type { PieceIndex } from './piece-index';
import { piecePlaces, type Place } from './pieces';
import { occursOnce } from './sides';
import { scoreCandidate, type Candidate, type Needle } from './score';
import {
  DISTINCT_QUOTE,
  FAR_MAX_HITS,
  FAR_SHARE,
  MAX_ALIGN_LENGTH,
  MAX_NEW,
  MIN_INTACT_SIDE,
  MIN_SHORT_PIECE,
  NEAR_WINDOW,
  PIECE_EDGE,
  PIECE_LENGTH,
  PIECE_RUN,
  REALIGN_DELETE,
  REALIGN_GAP_EXTEND,
  REALIGN_GAP_OPEN,
  REALIGN_PIECES,
  REALIGN_PLACES,
  SURVIVES,
  WINDOW_EVIDENCE,
} from './tuning';

const NONE = 1 << 29;

/** The alignment's tables, kept between calls (every cell is written before it is read). */
let tables = { best: new Int32Array(0), gap: new Int32Array(0) };

/**
 * Aligns all of `window` against some stretch of `text` (free start and end in the text) at
 * the lowest cost, and gives for each character of the window the text offset it is matched to,
 * or -1. Leaving out a character of the window costs REALIGN_DELETE; inserted text costs
 * REALIGN_GAP_OPEN once and REALIGN_GAP_EXTEND per character, so that a sentence inserted into
 * a passage does not outweigh the passage's characters on its far side. Matches in runs shorter
 * than PIECE_RUN are dropped afterwards (letters agree by chance).
 */
export function alignWindow(window: string, text: string): Int32Array {
  const m = window.length;
  const n = text.length;
  const width = n + 1;
  // best: the lowest cost of window[0, i) against text ending at j; gap: the same, ending with
  // inserted text.
  const size = (m + 1) * width;
  if (tables.best.length < size) {
    tables = { best: new Int32Array(size), gap: new Int32Array(size) };
  }
  const { best, gap } = tables;
  best.fill(0, 0, width);
  gap.fill(NONE, 0, width);
  const codes = new Int32Array(n);
  for (let j = 0; j < n; j++) codes[j] = text.charCodeAt(j);
  for (let i = 1; i <= m; i++) {
    const row = i * width;
    const ch = window.charCodeAt(i - 1);
    let left = (best[row - width] as number) + REALIGN_DELETE;
    let leftGap = NONE;
    best[row] = left;
    gap[row] = NONE;
    for (let j = 1; j <= n; j++) {
      const k = row + j;
      let inserted = left + REALIGN_GAP_OPEN;
      if (leftGap < inserted) inserted = leftGap;
      inserted += REALIGN_GAP_EXTEND;
      gap[k] = inserted;
      let cost = (best[k - width] as number) + REALIGN_DELETE;
      if (inserted < cost) cost = inserted;
      const diagonal = best[k - width - 1] as number;
      if (codes[j - 1] === ch && diagonal < cost) cost = diagonal;
      best[k] = cost;
      left = cost;
      leftGap = inserted;
    }
  }
  let j = 0;
  let lowest = NONE;
  for (let k = 0; k <= n; k++) {
    const c = best[m * width + k] ?? NONE;
    if (c < lowest) {
      lowest = c;
      j = k;
    }
  }
  const at = new Int32Array(m).fill(-1);
  let i = m;
  let inGap = false;
  while (i > 0 && j > 0) {
    const k = i * width + j;
    if (inGap) {
      // Inside inserted text: it goes on to the left, or opened here.
      inGap = gap[k] === (gap[k - 1] ?? NONE) + REALIGN_GAP_EXTEND;
      j--;
      continue;
    }
    const here = best[k] ?? 0;
    if (window.charCodeAt(i - 1) === text.charCodeAt(j - 1) && here === best[k - width - 1]) {
      at[i - 1] = j - 1;
      i--;
      j--;
    } else if (here === (best[k - width] ?? 0) + REALIGN_DELETE) {
      i--;
    } else {
      inGap = gap[k] === (gap[k - 1] ?? NONE) + REALIGN_GAP_EXTEND;
      j--;
    }
  }
  for (const [a, e] of runsOf(at)) if (e - a < PIECE_RUN) at.fill(-1, a, e);
  return at;
}

/** [a, e) of each run of window characters matched to consecutive text characters. */
function runsOf(at: Int32Array): [number, number][] {
  const runs: [number, number][] = [];
  let k = 0;
  while (k < at.length) {
    if ((at[k] ?? -1) < 0) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < at.length && (at[e] ?? -1) === (at[e - 1] ?? 0) + 1) e++;
    runs.push([k, e]);
    k = e;
  }
  return runs;
}

export interface Realigned {
  /** The quote's new bounds, in the normalised text. */
  start: number;
  end: number;
  /** Share of the quote's characters (spaces not counted) within those bounds. */
  kept: number;
  /** For each character of prefix + quote + suffix, its offset in the text from `from`, or -1. */
  at: Int32Array;
  /** Where the aligned stretch of the text starts. */
  from: number;
}

/**
 * The quote's new bounds from aligning prefix + quote + suffix against `[from, to)` of the text:
 * of its characters matched there (spaces not counted), grouped where nothing but spaces lies
 * between, the groups that hold the most of them with at most MAX_NEW of the stretch other
 * text, the first and last group PIECE_EDGE characters at least (as issue 11's ground truth
 * picks a passage; a stray "der" at an edge is not the quote's).
 */
export function realign(
  text: string,
  needle: Needle,
  from: number,
  to: number,
): Realigned | undefined {
  const { prefix, quote, suffix } = needle;
  const q0 = prefix.length;
  const at = alignWindow(prefix + quote + suffix, text.slice(from, to));
  // A run that crosses a border of the quote ties its characters there to the context.
  const runStart = new Int32Array(at.length).fill(-1);
  const runEnd = new Int32Array(at.length).fill(-1);
  for (const [a, e] of runsOf(at)) {
    runStart.fill(a, a, e);
    runEnd.fill(e, a, e);
  }
  const q1 = q0 + quote.length;
  type Group = {
    first: number;
    last: number;
    count: number;
    gap: number;
    head: boolean;
    tail: boolean;
  };
  const groups: Group[] = [];
  let total = 0;
  for (let i = 0; i < quote.length; i++) {
    if (quote[i] === ' ') continue;
    total++;
    const w = q0 + i;
    const a = at[w] ?? -1;
    if (a < 0) continue;
    const t = from + a;
    const group = groups[groups.length - 1];
    let between = 0;
    if (group) for (let x = group.last + 1; x < t; x++) if (text[x] !== ' ') between++;
    const tail = (runEnd[w] ?? 0) > q1;
    if (group && between === 0) {
      group.last = t;
      group.count++;
      group.tail = tail;
    } else {
      const head = (runStart[w] ?? 0) < q0;
      groups.push({ first: t, last: t, count: 1, gap: between, head, tail });
    }
  }
  // An edge is a group of PIECE_EDGE characters (all of a quote that short), or one that goes
  // on from the context: a stray "der" in rewritten words is not the quote's.
  const edge = Math.min(PIECE_EDGE, total);
  const opens = (g: Group) => g.count >= edge || g.head;
  const closes = (g: Group) => g.count >= edge || g.tail;
  let best: { count: number; start: number; end: number } | undefined;
  groups.forEach((first, a) => {
    if (!opens(first)) return;
    let count = 0;
    let other = 0;
    for (let b = a; b < groups.length; b++) {
      const last = groups[b];
      if (!last) break;
      count += last.count;
      if (b > a) other += last.gap;
      if (!closes(last) || other > MAX_NEW * (count + other)) continue;
      if (!best || count > best.count) best = { count, start: first.first, end: last.last + 1 };
    }
  });
  if (!best || total === 0) return undefined;
  return { start: best.start, end: best.end, kept: best.count / total, at, from };
}

/**
 * Whether the alignment vouches for the place: SURVIVES of the quote's characters are there
 * (issue 11's ground truth for a passage still there), WINDOW_EVIDENCE of the window is matched
 * in runs of PIECE_LENGTH or more (scattered stock words do not vouch: property (d)'s removed
 * "chtet Ministerium Präsiden" was found in "Ministerium sagte der Präsiden" between "berichtet"
 * and "sagte der Präsident", half of its window), and those runs reach into two of the
 * window's sentences at least, MIN_SHORT_PIECE characters in each. A stock sentence copied elsewhere ("Die Polizei sperrte die Zufahrt zur … für
 * mehrere Stunden.") brings the words of its own sentence around the quote, not the old
 * neighbouring sentence's; with PIECE_LENGTH characters, "“, sagte " of a stock phrase counted
 * for the sentence before, and a gone passage was put on a copy (bench row 5, 25 edits).
 */
function vouches(needle: Needle, r: Realigned): boolean {
  if (r.kept < SURVIVES) return false;
  const runs = runsOf(r.at).filter(([a, e]) => e - a >= PIECE_LENGTH);
  const matched = runs.reduce((n, [a, e]) => n + e - a, 0);
  if (matched < WINDOW_EVIDENCE * r.at.length) return false;
  const cuts = [-1, ...(needle.boundaries?.() ?? []), r.at.length];
  let sentences = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const s = (cuts[c] ?? 0) + 1;
    const e = cuts[c + 1] ?? 0;
    const inside = runs.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);
    if (inside >= MIN_SHORT_PIECE) sentences++;
  }
  return sentences >= 2;
}

/**
 * Whether the quote's own sentences vouch for the place where the window does not (`vouches`:
 * a sentence of the quote kept while every sentence around it was rewritten leaves too little of
 * the window, and in one sentence only). SURVIVES of the quote's characters are there; each old
 * sentence that keeps more than PIECE_EDGE of them (a stray ". " or "Die L" of a neighbour's
 * edge does not count) stands from end to end, its first and last PIECE_EDGE characters (as far
 * as the window holds it) matched: a stock phrase inside another sentence ("…“, sagte eine
 * Sprecherin des Rathauses auf Anfrage.", "Vorsitzende des Mieterbundes Jürgen …") brings words
 * of its own sentence but not that sentence's ends; and the quote has a verbatim run of
 * MIN_INTACT_SIDE characters matched there that is found nowhere else in the text: a sentence
 * made from a template with another word in its slot ("die Zufahrt zur Nahverkehr") is not it.
 */
function ownSentencesVouch(text: string, needle: Needle, r: Realigned): boolean {
  if (r.kept < SURVIVES) return false;
  const window = needle.prefix + needle.quote + needle.suffix;
  const q0 = needle.prefix.length;
  const q1 = q0 + needle.quote.length;
  const matched = (i: number) => (r.at[i] ?? -1) >= 0;
  const inBounds = (i: number) => {
    const t = r.from + (r.at[i] ?? -1);
    return matched(i) && t >= r.start && t < r.end;
  };
  // The first or last PIECE_EDGE characters of window[s, e) (spaces not counted) all matched.
  const endMatched = (s: number, e: number, step: 1 | -1) => {
    let n = 0;
    for (let i = step === 1 ? s : e - 1; i >= s && i < e && n < PIECE_EDGE; i += step) {
      if (window[i] === ' ') continue;
      if (!matched(i)) return false;
      n++;
    }
    return true;
  };
  // A verbatim run of the quote within one of those sentences, found once: a run that crosses
  // a boundary takes in a stray ". " or "r. " of the sentence before, found once by chance.
  const runOnce = (s: number, e: number) =>
    runsOf(r.at).some(([a, b]) => {
      const first = Math.max(a, s, q0);
      const last = Math.min(b, e, q1) - 1;
      if (last - first + 1 < MIN_INTACT_SIDE) return false;
      const from = r.from + (r.at[first] ?? 0);
      return occursOnce(text, text.slice(from, r.from + (r.at[last] ?? 0) + 1));
    });
  const cuts = [-1, ...(needle.boundaries?.() ?? []), window.length];
  let sentences = 0;
  let unique = false;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const s = (cuts[c] ?? 0) + 1;
    const e = cuts[c + 1] ?? 0;
    let kept = 0;
    for (let i = Math.max(s, q0); i < Math.min(e, q1); i++) {
      if (window[i] !== ' ' && inBounds(i)) kept++;
    }
    if (kept <= PIECE_EDGE) continue;
    if (!endMatched(s, e, 1) || !endMatched(s, e, -1)) return false;
    sentences++;
    unique ||= runOnce(s, e);
  }
  return sentences > 0 && unique;
}

/**
 * A cheap test before the alignment (most orphans' passages are gone, and their places hold
 * only context): whether REALIGN_PIECES of the quote's PIECE_LENGTH pieces (at every
 * PIECE_LENGTH-th character) stand verbatim in the place. SURVIVES of a quote in runs leaves
 * well over that many whole.
 */
function quoteMayStand(text: string, quote: string, place: Place): boolean {
  const window = text.slice(place.from, place.to);
  let pieces = 0;
  let found = 0;
  for (let o = 0; o + PIECE_LENGTH <= quote.length; o += PIECE_LENGTH) {
    pieces++;
    if (window.includes(quote.slice(o, o + PIECE_LENGTH))) found++;
  }
  return found >= REALIGN_PIECES * pieces;
}

export interface RealignSearch {
  page: Page;
  index: PieceIndex;
  needle: Needle;
  /** prefix + quote + suffix, normalised. */
  pattern: string;
}

/** The places pieces of the pattern put it: the best REALIGN_PLACES near the old one, and far. */
function placesOf(search: RealignSearch, slack: number): Place[] {
  const { index, needle, pattern } = search;
  const places: Place[] = [];
  if (needle.hint !== undefined) {
    const reach = NEAR_WINDOW + pattern.length;
    const within = { from: needle.hint - reach, to: needle.hint + reach };
    const near = piecePlaces(index, pattern, { slack, within, maxHits: Infinity, share: 0 });
    places.push(...near.slice(0, REALIGN_PLACES));
  }
  const far = piecePlaces(index, pattern, { slack, maxHits: FAR_MAX_HITS, share: FAR_SHARE });
  for (const p of far.slice(0, REALIGN_PLACES)) {
    if (!places.some((q) => p.from < q.to && q.from < p.to)) places.push(p);
  }
  return places;
}

/** A letter or digit: part of a word. */
const wordChar = (ch: string | undefined) => /[\p{L}\p{N}]/u.test(ch ?? '');

/**
 * Whether the words at the realigned bounds (whole, as the text has them) are words of the
 * quote: a short phrase of a deleted sentence realigns onto a copy that opens another sentence
 * without its first letter ("D[ie Kosten für den]" for "die Kosten für den":
 * rewritten-sides.test.ts), and a quote whose first word was replaced by a longer one onto that
 * word ("seitdem dem Frühjahr" for "seit dem Frühjahr", which spills over the passage).
 */
function keepsWordEdges(text: string, needle: Needle, r: Realigned): boolean {
  let from = r.start;
  while (from > 0 && wordChar(text[from - 1])) from--;
  let to = r.end;
  while (to < text.length && wordChar(text[to])) to++;
  const words = new Set(needle.quote.split(' '));
  const taken = text.slice(from, to).trim().split(' ');
  return words.has(taken[0] ?? '') && words.has(taken.at(-1) ?? '');
}

/**
 * The quote's new bounds from realigning its old window where pieces of it stand (of the places
 * tried, the one where the most of the window aligns), if that alignment vouches for the place
 * and the quote is DISTINCT_QUOTE long at least or the words at its new bounds are its own (a
 * short phrase of a deleted sentence is found in a copy that opens another: `keepsWordEdges`),
 * or its own sentences vouch (they need a
 * run of MIN_INTACT_SIDE characters found once), it is not found verbatim more than once
 * (that is an ambiguous orphan, and its card offers the places), and its old context did not
 * close up there (cut.ts: next to where the quote was cut out, a copy of its words is not it).
 */
export function realignedCandidate(search: RealignSearch): Candidate | undefined {
  const { page, needle } = search;
  const text = page.normalized.text;
  const { quote } = needle;
  if (quote.length < MIN_INTACT_SIDE || quote.length > MAX_ALIGN_LENGTH) return undefined;
  const first = text.indexOf(quote);
  if (first !== -1 && text.indexOf(quote, first + 1) !== -1) return undefined;
  const slack = Math.min(MAX_ALIGN_LENGTH, Math.floor(quote.length / 2));
  let best: Realigned | undefined;
  let bestMatched = 0;
  for (const place of placesOf(search, slack)) {
    if (!quoteMayStand(text, quote, place)) continue;
    const r = realign(text, needle, place.from, place.to);
    if (!r) continue;
    let matched = 0;
    for (const a of r.at) if (a >= 0) matched++;
    if (matched > bestMatched) {
      best = r;
      bestMatched = matched;
    }
  }
  if (!best) return undefined;
  const windowVouches =
    (quote.length >= DISTINCT_QUOTE || keepsWordEdges(text, needle, best)) && vouches(needle, best);
  if (!windowVouches && !ownSentencesVouch(text, needle, best)) return undefined;
  const { start, end } = best;
  // Where the old context closed up, the quote was cut out and this is a copy (cut.ts).
  const closed = contextClosedUp(page, needle, start, end);
  if (closed === 'own' || closed === 'next' || closed === 'cut') return undefined;
  return scoreCandidate(text, needle, start, end, editDistance(text.slice(start, end), quote));
}
