import { levenshteinByEnd } from './bit-parallel';
import { WEIGHTS } from './tuning';

/**
 * Scoring of match candidates, after Hypothesis's `matchQuote`
 * (hypothesis/client src/annotator/anchoring/match-quote.ts): quote similarity 50, prefix 20,
 * suffix 20, distance to the expected position 2, normalised to 0..1.
 */
export { WEIGHTS };
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** A candidate match in normalised text. */
export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the matched text and the quote. */
  errors: number;
  prefixErrors: number;
  suffixErrors: number;
  /** Hypothesis-style score, 0..1. */
  score: number;
}

/** Normalised quote and context being anchored, plus where it used to be. */
export interface Needle {
  quote: string;
  prefix: string;
  suffix: string;
  /** Expected normalised start, when there was a position selector. */
  hint?: number;
  /**
   * Where sentences and paragraphs meet in prefix + quote + suffix (positions of the spaces
   * between them, in that string): see boundaries.ts. Worked out when first asked for: most
   * highlights never need them.
   */
  boundaries?: () => readonly number[];
  /** The text began within the old prefix, or ended within the old suffix (it is shorter). */
  textBegan?: boolean;
  textEnded?: boolean;
}

/**
 * How many edits it takes to find `pattern` inside `text` (substring match, as Hypothesis's
 * `textMatchScore`). Empty pattern: 0. Bit-parallel: every scored candidate needs this twice.
 */
export function substringErrors(text: string, pattern: string): number {
  if (pattern.length === 0) return 0;
  if (text.length === 0) return pattern.length;
  if (text === pattern || text.includes(pattern)) return 0;
  let fewest = pattern.length;
  for (const errors of levenshteinByEnd(text, pattern, true)) fewest = Math.min(fewest, errors);
  return fewest;
}

/** Scores a quote match at normalised `[start, end)` with `errors` edits against the quote. */
export function scoreCandidate(
  text: string,
  needle: Needle,
  start: number,
  end: number,
  errors: number,
): Candidate {
  const { quote, prefix, suffix, hint } = needle;
  const prefixErrors = prefix
    ? substringErrors(text.slice(Math.max(0, start - prefix.length), start), prefix)
    : 0;
  const suffixErrors = suffix ? substringErrors(text.slice(end, end + suffix.length), suffix) : 0;
  const quoteScore = 1 - errors / quote.length;
  const prefixScore = prefix ? 1 - prefixErrors / prefix.length : 1;
  const suffixScore = suffix ? 1 - suffixErrors / suffix.length : 1;
  const positionScore =
    hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(start - hint) / text.length;
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore;
  return { start, end, errors, prefixErrors, suffixErrors, score: raw / MAX_SCORE };
}

/** Share of the context (prefix + suffix) that agrees with the text around a candidate, 0..1. */
export function contextSimilarity(needle: Needle, candidate: Candidate): number {
  const total = needle.prefix.length + needle.suffix.length;
  if (total === 0) return 1;
  return 1 - (candidate.prefixErrors + candidate.suffixErrors) / total;
}

/**
 * Quote and context together, each weighted by its length: how much of everything that was
 * recorded about the highlight is found at the candidate, 0..1.
 */
export function evidence(needle: Needle, candidate: Candidate): number {
  const total = needle.quote.length + needle.prefix.length + needle.suffix.length;
  const errors = candidate.errors + candidate.prefixErrors + candidate.suffixErrors;
  return total === 0 ? 0 : 1 - errors / total;
}

/** Characters of context that agree exactly on both sides of `[start, end)` (a cheap pre-rank). */
export function contextAgreement(text: string, needle: Needle, start: number, end: number): number {
  let agree = 0;
  const { prefix, suffix } = needle;
  for (let i = 1; i <= prefix.length && start - i >= 0; i++) {
    if (text.charCodeAt(start - i) !== prefix.charCodeAt(prefix.length - i)) break;
    agree++;
  }
  for (let i = 0; i < suffix.length && end + i < text.length; i++) {
    if (text.charCodeAt(end + i) !== suffix.charCodeAt(i)) break;
    agree++;
  }
  return agree;
}

/** Best candidate first: higher score, then nearer the hint, then earlier. */
export function compareCandidates(a: Candidate, b: Candidate, hint?: number): number {
  if (b.score !== a.score) return b.score - a.score;
  if (hint !== undefined) {
    const d = Math.abs(a.start - hint) - Math.abs(b.start - hint);
    if (d !== 0) return d;
  }
  return a.start - b.start;
}
