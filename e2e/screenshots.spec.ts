import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { expectTheme, preferTheme } from './pages/axe';

// `npm run screenshots` refreshes docs/screenshots/ (1280×800 and 390×844, light and dark).
// Skipped in `npm test`: pictures are for people to look at, not assertions.
test.skip(!process.env.SCREENSHOTS, 'run with SCREENSHOTS=1 (npm run screenshots)');

/** Each view, and the heading a person sees once it has drawn. */
const views = [
  { name: 'library', url: '/', ready: 'Library' },
  { name: 'reader', url: `/read/${SEEDS.nato2024.id}`, ready: SEEDS.nato2024.title },
  {
    name: 'compare',
    url: `/compare/${SEEDS.nuclear.id}/${SEEDS.response.id}`,
    // The left pane: on a phone it is the one shown.
    ready: SEEDS.nuclear.title,
  },
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
        await preferTheme(page, theme);
        await page.goto(view.url);
        await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
        await expect(page.locator('[data-prerendered]')).toHaveCount(0);
        await expect(page.getByRole('status').filter({ hasText: /…$/ })).toHaveCount(0);
        await expectTheme(page, theme);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: `docs/screenshots/${view.name}-${size.name}-${theme}.png`,
        });
      });
    }
  }
}
