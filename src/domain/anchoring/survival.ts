/**
 * How much of a quote survives in a match, character by character, as issue 11's ground truth
 * counts it: the quote's characters found in the match in order (a longest common subsequence),
 * counted only in runs of at least PIECE_RUN characters (scattered letters agree between any two
 * German sentences), and the share of the match that is other text.
 */
import { MAX_ALIGN_LENGTH, PIECE_RUN } from './tuning';

export interface Survival {
  /** Share of the quote's characters found in the match, in runs. */
  kept: number;
  /** Share of the match that is not the quote's (inserted or replacing text). */
  added: number;
}

const NONE: Survival = { kept: 0, added: 1 };

export function survival(quote: string, match: string): Survival {
  const m = quote.length;
  const n = match.length;
  if (m === 0 || n === 0 || m > MAX_ALIGN_LENGTH || n > 2 * MAX_ALIGN_LENGTH) return NONE;
  const width = n + 1;
  const table = new Uint16Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const k = i * width + j;
      table[k] =
        quote.charCodeAt(i - 1) === match.charCodeAt(j - 1)
          ? (table[k - width - 1] ?? 0) + 1
          : Math.max(table[k - width] ?? 0, table[k - 1] ?? 0);
    }
  }
  // Walk back along one longest common subsequence, counting characters in long enough runs.
  let kept = 0;
  let run = 0;
  let i = m;
  let j = n;
  const close = () => {
    if (run >= PIECE_RUN) kept += run;
    run = 0;
  };
  while (i > 0 && j > 0) {
    const k = i * width + j;
    if (
      quote.charCodeAt(i - 1) === match.charCodeAt(j - 1) &&
      table[k] === (table[k - width - 1] ?? 0) + 1
    ) {
      run++;
      i--;
      j--;
      continue;
    }
    close();
    if ((table[k - width] ?? 0) >= (table[k - 1] ?? 0)) i--;
    else j--;
  }
  close();
  return { kept: kept / m, added: (n - kept) / n };
}
