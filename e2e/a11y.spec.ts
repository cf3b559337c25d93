import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { expectTheme, preferTheme, seriousViolations } from './pages/axe';

const views = [
  { name: 'library', url: '/', ready: 'Library' },
  { name: 'reader', url: `/read/${SEEDS.nato2024.id}`, ready: SEEDS.nato2024.title },
  {
    // Two articles with corresponding passages: the comparison's markers and bar are checked too.
    name: 'side by side',
    url: `/compare/${SEEDS.nuclear.id}/${SEEDS.stoltenberg.id}`,
    ready: SEEDS.nuclear.title,
    settled: '[data-aligned]',
  },
  { name: 'quotes', url: '/quotes', ready: 'Who is quoted where' },
];

for (const theme of ['light', 'dark', 'sepia'] as const) {
  for (const view of views) {
    test(`${view.name} in ${theme} has no serious accessibility violations`, async ({ page }) => {
      await preferTheme(page, theme);
      await page.goto(view.url);
      await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
      if (view.settled) await expect(page.locator(view.settled).first()).toBeVisible();
      await expectTheme(page, theme);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('every control in the reader is reachable by keyboard with a visible focus', async ({
  page,
}) => {
  await page.goto(`/read/${SEEDS.nato2024.id}`);
  await expect(page.locator('main article')).toBeVisible();
  // The app's reader, not the prerendered page it replaces (which has no controls yet).
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  const names: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
        outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    if (!info) continue;
    expect(info.name, 'focused control has a name').not.toBe('');
    expect(info.outlined, `focus on “${info.name}” is visible`).toBe(true);
    names.push(info.name);
  }
  expect(names).toEqual(expect.arrayContaining(['Skip to content', 'Display settings']));
  expect(names.some((n) => n.includes('Library'))).toBe(true);
});
