/**
 * Precision and recall of `alignArticles` against the hand-marked alignment of the seeds
 * (`seed-alignment.fixture.ts`; how it is scored: `evaluate.ts`). Issue 12's goal is
 * precision ≥ 0.85 and recall ≥ 0.75. The engine does not reach it on these seeds (see
 * README.md, "Quality"), so the test holds the figures it does reach as floors, so that a
 * change that makes them worse fails; raise the floors when they improve, never lower the
 * goal into them. The held-out pair (001–004) was not looked at while tuning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse-article';
import type { Article } from '../article/types';
import { alignArticles } from './align';
import { scoreAlignment } from './evaluate';
import { SEED_ALIGNMENT, type SeedId } from './seed-alignment.fixture';
import { totals } from './totals';

const SEED_DIR = path.resolve(import.meta.dirname, '../../../public/seeds');

function seed(prefix: SeedId): Article {
  const file = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} is missing`);
  const result = parseArticle(prefix, readFileSync(path.join(SEED_DIR, file), 'utf8'));
  if (!result.ok) throw new Error(result.error.code);
  return result.article;
}

/** Issue 12's goal. */
const GOAL = { precision: 0.85, recall: 0.75 };
/**
 * What the engine reaches (2026-12-06, with the concept lexicon, roles and frames: 9/10 and
 * 5/13; before them 5/6 and 3/13): regressions below fail.
 */
const FLOOR = {
  tuned: { precision: 0.9, recall: 0.38 },
  heldOut: { precision: 0, recall: 0 },
};

describe('alignment of the seeds against the hand-marked one', () => {
  const articles = new Map<SeedId, Article>();
  const get = (id: SeedId): Article => {
    let a = articles.get(id);
    if (!a) articles.set(id, (a = seed(id)));
    return a;
  };
  const scored = SEED_ALIGNMENT.map((pair) => {
    const a = get(pair.a);
    const b = get(pair.b);
    return { pair, score: scoreAlignment(alignArticles(a, b), pair.marks, a.text, b.text) };
  });
  const tuned = totals(scored.filter((s) => !s.pair.heldOut).map((s) => s.score));
  const heldOut = totals(scored.filter((s) => s.pair.heldOut).map((s) => s.score));

  it('marks at least four seed pairs, one of them held out, with reasons', () => {
    expect(
      SEED_ALIGNMENT.filter((p) => p.marks.some((m) => m.mark === 'sure')).length,
    ).toBeGreaterThanOrEqual(4);
    expect(SEED_ALIGNMENT.filter((p) => p.heldOut)).toHaveLength(1);
    for (const p of SEED_ALIGNMENT)
      for (const m of p.marks) expect(m.reason.length).toBeGreaterThan(10);
  });

  it(`tuned pairs: ${tuned.text}`, () => {
    expect(tuned.precision).toBeGreaterThanOrEqual(FLOOR.tuned.precision);
    expect(tuned.recall).toBeGreaterThanOrEqual(FLOOR.tuned.recall);
  });

  it(`held-out pair: ${heldOut.text}`, () => {
    expect(heldOut.precision).toBeGreaterThanOrEqual(FLOOR.heldOut.precision);
    expect(heldOut.recall).toBeGreaterThanOrEqual(FLOOR.heldOut.recall);
  });

  // Issue 12's goal is not met yet. `it.fails` passes while the goal is missed and fails the day
  // it is met, so that day this becomes a plain `it` (a skipped test could never say so).
  it.fails(
    `does not meet issue 12's goal yet (precision ≥ ${GOAL.precision}, recall ≥ ${GOAL.recall})`,
    () => {
      expect(tuned.precision).toBeGreaterThanOrEqual(GOAL.precision);
      expect(tuned.recall).toBeGreaterThanOrEqual(GOAL.recall);
    },
  );
});
