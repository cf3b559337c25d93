/**
 * The quote's own sentences as candidates (stage 6d): where a sentence at a quote's edge was
 * deleted or rewritten, what is left of the passage is its other sentences, verbatim, and the
 * search's match (the fewest edits against the whole quote) may reach past them into whatever
 * now stands there. Each run of the quote's whole sentences (cut at its own sentence
 * boundaries) that is SURVIVES of it is looked up verbatim; the longest one found that accept.ts
 * `ownSentences` takes (and the rules that refuse any edited candidate do not refuse) is taken.
 */
import { acceptable, ownSentences } from './accept';
import type { Page } from './boundaries';
import { scoreCandidate, type Candidate, type Needle } from './score';
import { SURVIVES } from './tuning';
import type { AnchorThresholds } from './types';

/** [start, end) in the quote of every run of its whole sentences but the whole, longest first. */
function sentenceRuns(needle: Needle): [number, number][] {
  const { prefix, quote } = needle;
  const inside = (needle.boundaries?.() ?? [])
    .map((b) => b - prefix.length)
    .filter((b) => b > 0 && b < quote.length - 1);
  if (inside.length === 0) return [];
  const starts = [0, ...inside.map((b) => b + 1)];
  const ends = [...inside, quote.length];
  const shortest = SURVIVES * quote.replace(/ /g, '').length;
  const runs: [number, number][] = [];
  for (const s of starts) {
    for (const e of ends) {
      if (e <= s || (s === 0 && e === quote.length)) continue;
      if (quote.slice(s, e).replace(/ /g, '').length >= shortest) runs.push([s, e]);
    }
  }
  return runs.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}

/**
 * The longest run of the quote's whole sentences found verbatim (once) that is acceptable, or
 * undefined. `find` gives the starts of a string in the normalised text, at most `max`.
 */
export function ownSentenceCandidate(
  page: Page,
  needle: Needle,
  find: (s: string, max: number) => number[],
  t: AnchorThresholds,
): Candidate | undefined {
  const text = page.normalized.text;
  for (const [s, e] of sentenceRuns(needle)) {
    const run = needle.quote.slice(s, e);
    const found = find(run, 2);
    if (found.length !== 1) continue;
    const start = found[0] ?? 0;
    // A run of the quote differs from it by the characters left out, no more.
    const errors = needle.quote.length - run.length;
    const c = scoreCandidate(text, needle, start, start + run.length, errors);
    // Taken by that rule only: the others judge an edited quote, not a part of it.
    if (ownSentences(page, needle, c) && acceptable(page, needle, c, t)) return c;
  }
  return undefined;
}
