import { expect, test } from '@playwright/test';
import { runLighthouse, startChromium } from '../scripts/lighthouse.mjs';
import { SEEDS } from './fixtures';

// A smoke of bench row 12: Lighthouse mobile (simulated slow 4G, 4× CPU slowdown) on the
// library and one reader of the production build. The goal, 98, is measured in the bench; this
// catches a view that has become plainly slow. Lighthouse scales the CPU time it observes, so a
// moment of load elsewhere on the machine can cost a run several points: a page below 90 gets
// up to two more runs, and the best counts.
const PAGES = ['/', `/read/${SEEDS.nuclear.id}`];
const FLOOR = 90;

test('Lighthouse mobile scores the library and a reader at least 90 for performance', async ({
  baseURL,
}) => {
  test.setTimeout(180_000);
  const chromium = await startChromium();
  try {
    for (const path of PAGES) {
      let result = await runLighthouse(`${baseURL}${path}`, chromium.port);
      for (let run = 2; run <= 3 && (result.performance ?? 0) < FLOOR; run++) {
        const again = await runLighthouse(`${baseURL}${path}`, chromium.port);
        if ((again.performance ?? 0) > (result.performance ?? 0)) result = again;
      }
      const why = JSON.stringify({
        benchmarkIndex: result.benchmarkIndex,
        failing: result.failing.performance,
      });
      expect(result.performance, `${path}: ${why}`).toBeGreaterThanOrEqual(FLOOR);
    }
  } finally {
    await chromium.close();
  }
});
