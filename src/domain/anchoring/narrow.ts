/**
 * Narrowing a candidate that is not acceptable as found (stage 6b). The search puts a fuzzy
 * match's borders where quote and context fit best; when a sentence was inserted right next to
 * an edited passage, or the sentence next to it was rewritten, that border takes in the new
 * sentence (the old context lies beyond it), and the match is then more new text than the rules
 * allow, or its edges are not the quote's. News sites edit by whole sentences, so the passage is
 * the match without whole sentences at its edges that are none of the quote's: each start and
 * end at a sentence or paragraph boundary inside the match that loses none of the quote is
 * tried, and the best acceptable one is taken. The rules judge it
 * like any other candidate (a border at a boundary counts as explained only where the old text
 * had a boundary there too: boundaries.ts), so nothing is accepted that would not be accepted
 * had the sentence not been there.
 */
import { acceptable } from './accept';
import { editDistance } from './align';
import { boundaryAt, sidesOf, type Page } from './boundaries';
import { compareCandidates, scoreCandidate, type Candidate, type Needle } from './score';
import { survival } from './survival';
import { MAX_NARROWED, MIN_INTACT_SIDE, NARROW_LOSS, PIECE_EDGE, SURVIVES } from './tuning';
import type { AnchorThresholds } from './types';

/**
 * Sentence starts (after a boundary space) and ends (at one) inside `[c.start, c.end)`, each
 * side at most MAX_NARROWED, nearest the edge first.
 */
function bordersInside(page: Page, needle: Needle, c: Candidate) {
  const text = page.normalized.text;
  const starts: number[] = [];
  const ends: number[] = [];
  // A quote selected without its sentence's last mark ("… der Steuerzahler") ends before it.
  const withoutMark = !/[.!?"]$/.test(needle.quote);
  for (let i = c.start + 1; i < c.end - 1; i++) {
    if (!boundaryAt(page.normalized, page.raw, i)) continue;
    starts.push(i + 1);
    ends.push(withoutMark && /[.!?]/.test(text[i - 1] ?? '') ? i - 1 : i);
  }
  return {
    starts: starts.slice(0, MAX_NARROWED),
    ends: ends.reverse().slice(0, MAX_NARROWED),
  };
}

/**
 * The best acceptable candidate inside `c` with whole sentences left out at either edge (at
 * least SURVIVES of the quote's length long), or undefined.
 */
export function narrowed(
  page: Page,
  needle: Needle,
  c: Candidate,
  t: AnchorThresholds,
): Candidate | undefined {
  if (c.errors === 0) return undefined;
  const text = page.normalized.text;
  // An edge is narrowed only where the match met its old context there, verbatim (the border
  // reached past new text for it), or where its border cut a word in two (it reached into a
  // new sentence before the passage): elsewhere the sentence next to the border may be the
  // quote's own. (Allowing explained sides too changed no figure on the sweeps.)
  const sides = sidesOf(page, needle, c.start, c.end, MIN_INTACT_SIDE);
  const word = (i: number) => /[\p{L}\p{N}]/u.test(text[i] ?? '');
  const cut = (i: number) => word(i - 1) && word(i);
  const atStart = sides.prefix === 'intact' || cut(c.start);
  const atEnd = sides.suffix === 'intact' || cut(c.end);
  const inside = bordersInside(page, needle, c);
  const starts = atStart ? inside.starts : [];
  const ends = atEnd ? inside.ends : [];
  if (starts.length === 0 && ends.length === 0) return undefined;
  const shortest = SURVIVES * needle.quote.length;
  // Only sentences that are not the quote's are left out: what the quote keeps in the match
  // (survival.ts, whitespace not counted) may drop by no more than a typo's worth.
  const quote = needle.quote.replace(/ /g, '');
  const kept = (s: number, e: number) => survival(quote, text.slice(s, e).replace(/ /g, '')).kept;
  const whole = kept(c.start, c.end);
  // Both its edges are text of the quote's (PIECE_EDGE characters found in it): a match cut
  // short inside an inserted sentence is not narrowed to the quote's first sentences.
  const ownEdges = (m: string) =>
    needle.quote.includes(m.slice(0, PIECE_EDGE)) && needle.quote.includes(m.slice(-PIECE_EDGE));
  let best: Candidate | undefined;
  for (const s of [c.start, ...starts]) {
    for (const e of [c.end, ...ends]) {
      if ((s === c.start && e === c.end) || e - s < shortest) continue;
      const errors = editDistance(text.slice(s, e), needle.quote);
      const candidate = scoreCandidate(text, needle, s, e, errors);
      if (best && compareCandidates(candidate, best, needle.hint) >= 0) continue;
      if (kept(s, e) < whole - NARROW_LOSS || !ownEdges(text.slice(s, e))) continue;
      if (acceptable(page, needle, candidate, t)) best = candidate;
    }
  }
  return best;
}
