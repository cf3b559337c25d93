/**
 * The second held-out set (`held-out.fixture.ts`): five invented article pairs, written and
 * committed before the rules they check, never tuned on. Reported beside the seed figures
 * (README.md, "Quality"); the floors are the figures reached, so a change that makes them
 * worse fails.
 */
import { describe, expect, it } from 'vitest';
import { alignArticles } from './align';
import { scoreAlignment, type Scored } from './evaluate';
import { HELD_OUT } from './held-out.fixture';
import { totals } from './totals';

/**
 * Figures on this set (2026-12-06): before the new rules 5/5 correct, 5/23 found. With their
 * first version 4/5 and 4/23: a state's other names ("Moskau", "ukrainisch") were added as an
 * extra term, so two sentences that merely name Russia and Ukraine counted both twice. That
 * was mended (a state's names are now one term, as people's are) AFTER this set had been
 * looked at, so the figure since, 6/6 and 5/23, is no longer a clean held-out one.
 */
const FLOOR = { precision: 1, recall: 0.21 };

describe('alignment of the second held-out set', () => {
  const scored: Scored[] = HELD_OUT.map((p) =>
    scoreAlignment(alignArticles(p.a, p.b), p.marks, p.a.text, p.b.text),
  );
  const all = totals(scored);

  it('has at least four pairs with sure marks and reasons', () => {
    expect(
      HELD_OUT.filter((p) => p.marks.some((m) => m.mark === 'sure')).length,
    ).toBeGreaterThanOrEqual(4);
    for (const p of HELD_OUT) for (const m of p.marks) expect(m.reason.length).toBeGreaterThan(10);
  });

  it(`held-out set: ${all.text}`, () => {
    expect(all.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(all.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });
});
