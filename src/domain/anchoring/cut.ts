/**
 * Whether a highlight's passage was cut out: its old prefix and suffix now stand side by side
 * somewhere in the text, all that is left of each verbatim (MIN_INTACT_SIDE characters at least,
 * unless the text began or ended within it), after any number of characters at their inner ends
 * went along with the quote. Then the passage is no longer between them, and
 * an edited copy of it elsewhere is a copy, not the passage. Where the two meet at a sentence or
 * paragraph boundary, and what is left of each side ended (started) at a boundary of the old text
 * too, the passage may have moved instead (a paragraph moved elsewhere leaves the paragraphs
 * around it side by side): `boundary`, not `cut`.
 */
import { boundaryAt, type Page } from './boundaries';
import { occurrences, PIECE_LENGTH, textIndex } from './piece-index';
import type { Needle } from './score';
import { occursOnce } from './sides';
import { MAX_CUT_PLACES, MIN_INTACT_SIDE } from './tuning';

/** Starts of `s` in `text` (by the piece index when it is long enough), at most `max`. */
function starts(text: string, s: string, max: number): number[] {
  if (s.length >= PIECE_LENGTH) return occurrences(textIndex(text), s, max);
  const found: number[] = [];
  for (let i = text.indexOf(s); i !== -1 && found.length < max; i = text.indexOf(s, i + 1)) {
    found.push(i);
  }
  return found;
}

/**
 * Whether what is left of the prefix (its first `keep` characters) ends verbatim at `at`: all of
 * it, MIN_INTACT_SIDE characters at least, or fewer from the start of the text where the text
 * began within the old prefix (`began`).
 */
function prefixEndsAt(text: string, prefix: string, keep: number, at: number, began: boolean) {
  if (keep < MIN_INTACT_SIDE && !(began && at === keep)) return false;
  return text.startsWith(prefix.slice(0, keep), at - keep);
}

/**
 * Where what is left of the suffix after `drop` characters went with the quote begins, all of it
 * verbatim: MIN_INTACT_SIDE characters at least, or fewer up to the end of the text where the
 * text ended within the old suffix (`ended`). Undefined when too little is left.
 */
function suffixStarts(text: string, suffix: string, drop: number, ended: boolean) {
  const rest = suffix.slice(drop);
  if (rest.length >= MIN_INTACT_SIDE) {
    const found = starts(text, rest.slice(0, MIN_INTACT_SIDE), MAX_CUT_PLACES);
    return found.filter((at) => text.startsWith(rest, at));
  }
  if (!ended) return undefined;
  return text.endsWith(rest) ? [text.length - rest.length] : [];
}

/** Where the old context meets itself: `[from, to)` around the cut, and whether at a boundary. */
interface Junction {
  from: number;
  to: number;
  boundary: boolean;
}

function junctions(page: Page, needle: Needle): Junction[] {
  const { prefix, suffix } = needle;
  const began = needle.textBegan ?? false;
  const ended = needle.textEnded ?? false;
  const text = page.normalized.text;
  const found: Junction[] = [];
  if (began && ended) return found;
  const shortest = began ? 0 : MIN_INTACT_SIDE;
  const atBoundary = (at: number) =>
    at === 0 ||
    at === text.length ||
    boundaryAt(page.normalized, page.raw, at) ||
    boundaryAt(page.normalized, page.raw, at - 1);
  // A move leaves the old text's neighbours side by side: what is left of each side ends (starts)
  // where the old text had a boundary too, or its start (end). Where a side was cut inside a
  // sentence ("Werde‖" before "\n\n„Wir", "‖die." after "Woche "), a boundary in the text there
  // is chance: property (d)'s removed quotes with a few characters of their sides.
  const old = needle.boundaries?.() ?? [];
  const oldAt = (i: number) => old.includes(i - 1) || old.includes(i);
  const q1 = prefix.length + needle.quote.length;
  const oldBoundary = (keep: number, drop: number) =>
    (keep === 0 || oldAt(keep)) && (drop === suffix.length || oldAt(q1 + drop));
  for (let drop = 0; drop <= suffix.length; drop++) {
    const places = suffixStarts(text, suffix, drop, ended);
    if (!places) break;
    const rest = suffix.length - drop;
    for (const at of places) {
      for (let keep = prefix.length; keep >= shortest; keep--) {
        if (!prefixEndsAt(text, prefix, keep, at, began)) continue;
        const from = at - keep;
        // Away from the ends of the text, only a meeting found once is evidence: two stock
        // phrases meet in many places.
        const atEdge = from === 0 || at + rest === text.length;
        if (atEdge || occursOnce(text, text.slice(from, at + rest))) {
          found.push({ from, to: at + rest, boundary: atBoundary(at) && oldBoundary(keep, drop) });
        }
        break;
      }
    }
  }
  return merged(found);
}

/**
 * Junctions that overlap are one: where prefix and suffix share characters (". " at the end of
 * one and the start of the other), the same cut is found a character or two apart, and it is at
 * a boundary if any of them is.
 */
function merged(found: Junction[]): Junction[] {
  const out: Junction[] = [];
  for (const j of [...found].sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && j.from < last.to) {
      last.to = Math.max(last.to, j.to);
      last.boundary ||= j.boundary;
    } else {
      out.push({ ...j });
    }
  }
  return out;
}

const known = new WeakMap<Needle, Junction[]>();

/**
 * How the needle's old context closed up, as seen from a candidate at `[start, end)`: `cut`
 * elsewhere, `boundary` elsewhere (it may have moved), `own` where at least half of the candidate
 * lies in the meeting (the candidate is the context's remains), `next` where the meeting takes in
 * less of it (the candidate is next to the cut), or `none`. The strongest one found counts.
 * Junctions are found once per needle.
 */
export function contextClosedUp(
  page: Page,
  needle: Needle,
  start: number,
  end: number,
): 'none' | 'boundary' | 'next' | 'own' | 'cut' {
  let all = known.get(needle);
  if (all === undefined) {
    all = junctions(page, needle);
    known.set(needle, all);
  }
  let next = false;
  let boundary = false;
  for (const j of all) {
    const overlap = Math.min(end, j.to) - Math.max(start, j.from);
    if (overlap * 2 >= end - start) return 'own';
    if (overlap > 0) next = true;
    else if (!j.boundary) return 'cut';
    else boundary = true;
  }
  return next ? 'next' : boundary ? 'boundary' : 'none';
}

/**
 * How much of the old context the longest meeting away from `[start, end)` holds (not at a
 * boundary: a cut), or 0. A candidate elsewhere with no more of its context verbatim around it
 * is a copy next to stock phrases, not the passage: the meeting is the better evidence.
 */
export function cutMeeting(page: Page, needle: Needle, start: number, end: number): number {
  let all = known.get(needle);
  if (all === undefined) {
    all = junctions(page, needle);
    known.set(needle, all);
  }
  let longest = 0;
  for (const j of all) {
    const overlap = Math.min(end, j.to) - Math.max(start, j.from);
    if (overlap <= 0 && !j.boundary) longest = Math.max(longest, j.to - j.from);
  }
  return longest;
}
