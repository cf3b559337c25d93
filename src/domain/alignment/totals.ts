/** Precision and recall summed over several scored pairs of articles (for the quality tests). */
import type { Scored } from './evaluate';

export interface Totals {
  precision: number;
  recall: number;
  /** "precision 0.833 (5/6), recall 0.231 (3/13)". */
  text: string;
}

export function totals(list: readonly Scored[]): Totals {
  const sum = (f: (s: Scored) => number): number => list.reduce((n, s) => n + f(s), 0);
  const [predicted, correct, sure, found] = [
    sum((s) => s.predicted),
    sum((s) => s.correct),
    sum((s) => s.sure),
    sum((s) => s.found),
  ];
  // No predictions at all: nothing wrong was said, precision is vacuously 1.
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = sure === 0 ? 1 : found / sure;
  const text = `precision ${precision.toFixed(3)} (${correct}/${predicted}), recall ${recall.toFixed(3)} (${found}/${sure})`;
  return { precision, recall, text };
}
