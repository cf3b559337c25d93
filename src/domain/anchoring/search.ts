/**
 * The approximate search of approx-string-match (Hypothesis's), with the same results, on the
 * bit-parallel edit costs of bit-parallel.ts: the library's cost per text character and pattern
 * block was about three times as high, and the search took almost half of re-anchoring after a
 * heavy revision. search.test.ts compares the two.
 */
import { levenshteinByEnd } from './bit-parallel';
import { reversed } from './edit-costs';

export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** The fewest errors in `costs` (from index `first` on) and every index that has them. */
function fewest(costs: Int32Array, first: number): { errors: number; at: number[] } {
  let errors = Infinity;
  let at: number[] = [];
  for (let i = first; i < costs.length; i++) {
    const c = costs[i] ?? Infinity;
    if (c < errors) {
      errors = c;
      at = [i];
    } else if (c === errors) {
      at.push(i);
    }
  }
  return { errors, at };
}

/**
 * Matches of `pattern` in `text` with the fewest errors, if at most `maxErrors` (clamped to the
 * pattern's length): every end with that many, in order. Each start is the earliest one the
 * library finds: it searches the reversed pattern in the reversed text before the end (back to
 * the pattern's length plus the errors), and takes the farthest end there with the fewest
 * errors (at most the match's), whether or not that reversed match begins at the end.
 */
export function search(text: string, pattern: string, maxErrors: number): Match[] {
  if (pattern.length === 0) return [];
  const budget = Math.min(maxErrors, pattern.length);
  // An empty match (end 0, before any character) is not reported: the library starts at 1.
  const ends = fewest(levenshteinByEnd(text, pattern, true), 1);
  if (ends.errors > budget) return [];
  const backwards = reversed(pattern);
  return ends.at.map((end) => {
    const from = Math.max(0, end - pattern.length - ends.errors);
    const costs = levenshteinByEnd(reversed(text.slice(from, end)), backwards, true);
    const starts = fewest(costs, 1);
    const farthest = starts.at[starts.at.length - 1];
    const start = starts.errors <= ends.errors && farthest !== undefined ? end - farthest : end;
    return { start, end, errors: ends.errors };
  });
}
