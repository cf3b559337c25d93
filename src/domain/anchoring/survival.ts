/**
 * How much of a quote survives in a match, character by character, as issue 11's ground truth
 * counts it: the most of the quote's characters found in the match in order, counted only in
 * runs of at least PIECE_RUN characters (scattered letters agree between any two German
 * sentences), and the share of the match that is other text. Until issue 11's seventh round this
 * walked back along one longest common subsequence and counted its runs; where a deleted
 * sentence's letters paired with scattered letters of the match, that one broke runs and came out
 * short (bench row 5, 100 edits: a passage with a sentence deleted from its middle at 69.95 %,
 * the truth's 71.9 %).
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
  // The most characters of the quote found in the match in order, in runs of PIECE_RUN or more
  // (LCS in runs): best over quote[..i] and match[..j]; inRun the best that ends with a run
  // through both last characters; diag the run of equal characters ending there. Rows roll:
  // only the last PIECE_RUN rows are needed.
  const rows = PIECE_RUN + 1;
  const width = n + 1;
  const best = new Uint16Array(rows * width);
  const inRun = new Uint16Array(rows * width);
  const diag = new Uint16Array(rows * width);
  for (let i = 1; i <= m; i++) {
    const row = (i % rows) * width;
    const up = ((i - 1) % rows) * width;
    const back = ((i - PIECE_RUN + rows) % rows) * width;
    best[row] = 0;
    inRun[row] = 0;
    diag[row] = 0;
    const qc = quote.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const run = qc === match.charCodeAt(j - 1) ? (diag[up + j - 1] ?? 0) + 1 : 0;
      diag[row + j] = run;
      const ending =
        run >= PIECE_RUN
          ? Math.max((best[back + j - PIECE_RUN] ?? 0) + PIECE_RUN, (inRun[up + j - 1] ?? 0) + 1)
          : 0;
      inRun[row + j] = ending;
      best[row + j] = Math.max(best[up + j] ?? 0, best[row + j - 1] ?? 0, ending);
    }
  }
  const kept = best[(m % rows) * width + n] ?? 0;
  return { kept: kept / m, added: (n - kept) / n };
}
