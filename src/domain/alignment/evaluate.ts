/**
 * Scoring an alignment against a hand-marked one (`seed-alignment.fixture.ts`), for the seed
 * test and for tuning. Sure/possible marks as in word-alignment evaluation (Och & Ney 2003):
 *
 * - a predicted pair is correct when it overlaps, on both sides, a marked pair, sure or
 *   possible; precision = correct / predicted;
 * - a sure mark is found when some predicted pair overlaps it on both sides;
 *   recall = sure marks found / sure marks.
 */
import type { MarkedCorrespondence } from './seed-alignment.fixture';
import type { Alignment, Passage } from './types';

export interface Scored {
  predicted: number;
  correct: number;
  sure: number;
  found: number;
  /** Predicted pairs that overlap no mark (for reading, not scoring). */
  wrong: Passage[][];
  /** Sure marks no predicted pair found. */
  missed: MarkedCorrespondence[];
}

/** Ranges of each of `needles` in `text`; throws if a needle is missing or not unique. */
export function locate(text: string, needles: readonly string[]): Passage[] {
  return needles.map((s) => {
    const start = text.indexOf(s);
    if (start < 0 || text.indexOf(s, start + 1) >= 0) {
      throw new Error(`marked text is ${start < 0 ? 'missing' : 'not unique'}: ${s}`);
    }
    return { start, end: start + s.length };
  });
}

const overlaps = (p: Passage, q: Passage): boolean => p.start < q.end && q.start < p.end;

export function scoreAlignment(
  alignment: Alignment,
  marks: readonly MarkedCorrespondence[],
  aText: string,
  bText: string,
): Scored {
  const located = marks.map((m) => ({ m, a: locate(aText, m.a), b: locate(bText, m.b) }));
  const hits = (pair: { a: Passage; b: Passage }, mark: (typeof located)[number]): boolean =>
    mark.a.some((r) => overlaps(r, pair.a)) && mark.b.some((r) => overlaps(r, pair.b));
  let correct = 0;
  const wrong: Passage[][] = [];
  for (const pair of alignment.pairs) {
    if (located.some((mark) => hits(pair, mark))) correct++;
    else wrong.push([pair.a, pair.b]);
  }
  const sure = located.filter((x) => x.m.mark === 'sure');
  const missed = sure.filter((mark) => !alignment.pairs.some((p) => hits(p, mark))).map((x) => x.m);
  return {
    predicted: alignment.pairs.length,
    correct,
    sure: sure.length,
    found: sure.length - missed.length,
    wrong,
    missed,
  };
}
