import { test } from '@playwright/test';
import { SEEDS } from './fixtures';

// `npm run screenshots` refreshes docs/screenshots/ (1280×800 and 390×844, light and dark).
// Skipped in `npm test`: pictures are for people to look at, not assertions.
test.skip(!process.env.SCREENSHOTS, 'run with SCREENSHOTS=1 (npm run screenshots)');

const views = [
  { name: 'library', url: '/' },
  { name: 'reader', url: `/read/${SEEDS.nato2024.id}` },
  { name: 'compare', url: `/compare/${SEEDS.nuclear.id}/${SEEDS.response.id}` },
];
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const theme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    for (const view of views) {
      test(`${view.name} ${size.name} ${theme}`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.addInitScript((t) => {
          const prefs = { state: { theme: t, fontSize: 19, width: 'medium' }, version: 1 };
          localStorage.setItem('sidenote.preferences', JSON.stringify(prefs));
        }, theme);
        await page.goto(view.url);
        await page.locator('main').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        await page.screenshot({
          path: `docs/screenshots/${view.name}-${size.name}-${theme}.png`,
        });
      });
    }
  }
}
