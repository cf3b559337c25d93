/**
 * Edit costs of a pattern against every end position of a text, in one pass (a column of the
 * Levenshtein table per text character). Used to place a fuzzy match's borders where the quote
 * and its context together need the fewest edits.
 */

/**
 * `costs[i]` for i in 0..text.length: the fewest edits between `pattern` and `text.slice(0, i)`,
 * or with `freeStart`, between `pattern` and the best `text.slice(k, i)`. A substitution costs
 * `substitution` (1: Levenshtein; 2: only insertions and deletions count, see align.ts).
 */
export function costsByEnd(
  text: string,
  pattern: string,
  freeStart: boolean,
  substitution = 1,
): Int32Array {
  const m = pattern.length;
  const costs = new Int32Array(text.length + 1);
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) column[j] = j;
  costs[0] = m;
  for (let i = 1; i <= text.length; i++) {
    const ch = text.charCodeAt(i - 1);
    next[0] = freeStart ? 0 : i;
    for (let j = 1; j <= m; j++) {
      const substitute =
        (column[j - 1] ?? 0) + (pattern.charCodeAt(j - 1) === ch ? 0 : substitution);
      next[j] = Math.min(substitute, (column[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1);
    }
    [column, next] = [next, column];
    costs[i] = column[m] ?? 0;
  }
  return costs;
}

export function reversed(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
