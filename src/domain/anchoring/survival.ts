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
import { MAX_ALIGN_LENGTH, MAX_NEW, PIECE_RUN, SURVIVES } from './tuning';

export interface Survival {
  /** Share of the quote's characters found in the match, in runs. */
  kept: number;
  /** Share of the match that is not the quote's (inserted or replacing text). */
  added: number;
}

const NONE: Survival = { kept: 0, added: 1 };

export function survival(quote: string, match: string): Survival {
  // Along one longest common subsequence first (fast): when every character it pairs is in a
  // run, no alignment in runs does better. Otherwise the most characters in runs.
  const walked = alongOneLcs(quote, match);
  if (Math.round(walked.kept * quote.length) >= walked.paired) {
    return { kept: walked.kept, added: walked.added };
  }
  return inRuns(quote, match);
}

/**
 * Whether the quote survives in the match as issue 11's ground truth counts a passage still
 * there: SURVIVES of its characters in runs, at most MAX_NEW of the match other text (both
 * without spaces, as the caller passes them). The same answer as `survival`'s figures, without
 * counting in runs where the walk along one longest common subsequence already settles it:
 * it passes, or not even every character it pairs would do.
 */
export function survives(quote: string, match: string): boolean {
  const walked = alongOneLcs(quote, match);
  if (walked.kept >= SURVIVES && walked.added <= MAX_NEW) return true;
  const m = quote.length;
  const n = match.length;
  if (walked.paired < SURVIVES * m || n - walked.paired > MAX_NEW * n) return false;
  if (Math.round(walked.kept * m) >= walked.paired) return false;
  const { kept, added } = inRuns(quote, match);
  return kept >= SURVIVES && added <= MAX_NEW;
}

/** The runs along one longest common subsequence, and how many characters it pairs in all. */
function alongOneLcs(quote: string, match: string): Survival & { paired: number } {
  const m = quote.length;
  const n = match.length;
  if (m === 0 || n === 0 || m > MAX_ALIGN_LENGTH || n > 2 * MAX_ALIGN_LENGTH) {
    return { ...NONE, paired: 0 };
  }
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
  return { kept: kept / m, added: (n - kept) / n, paired: table[m * width + n] ?? 0 };
}

/** The most characters of the quote found in the match in order in runs of PIECE_RUN or more. */
function inRuns(quote: string, match: string): Survival {
  const m = quote.length;
  const n = match.length;
  if (m === 0 || n === 0 || m > MAX_ALIGN_LENGTH || n > 2 * MAX_ALIGN_LENGTH) return NONE;
  // The most characters of the quote found in the match in order, in runs of PIECE_RUN or more
  // (LCS in runs): best over quote[..i] and match[..j]; inRun the best that ends with a run
  // through both last characters; diag the run of equal characters ending there. Rows roll:
  // only the last PIECE_RUN rows are needed.
  const rows = PIECE_RUN + 1;
  const best = Array.from({ length: rows }, () => new Uint16Array(n + 1));
  const inRun = Array.from({ length: rows }, () => new Uint16Array(n + 1));
  const diag = Array.from({ length: rows }, () => new Uint16Array(n + 1));
  const empty = new Uint16Array(n + 1);
  for (let i = 1; i <= m; i++) {
    const row = best[i % rows] ?? empty;
    const runs = inRun[i % rows] ?? empty;
    const same = diag[i % rows] ?? empty;
    const up = best[(i - 1) % rows] ?? empty;
    const runsUp = inRun[(i - 1) % rows] ?? empty;
    const sameUp = diag[(i - 1) % rows] ?? empty;
    const back = best[(i - PIECE_RUN + rows) % rows] ?? empty;
    const qc = quote.charCodeAt(i - 1);
    let left = 0;
    for (let j = 1; j <= n; j++) {
      let run = 0;
      let ending = 0;
      if (qc === match.charCodeAt(j - 1)) {
        run = (sameUp[j - 1] ?? 0) + 1;
        if (run >= PIECE_RUN) {
          const fresh = (back[j - PIECE_RUN] ?? 0) + PIECE_RUN;
          const longer = (runsUp[j - 1] ?? 0) + 1;
          ending = fresh > longer ? fresh : longer;
        }
      }
      same[j] = run;
      runs[j] = ending;
      let v = up[j] ?? 0;
      if (left > v) v = left;
      if (ending > v) v = ending;
      row[j] = v;
      left = v;
    }
  }
  const kept = best[m % rows]?.[n] ?? 0;
  return { kept: kept / m, added: (n - kept) / n };
}
