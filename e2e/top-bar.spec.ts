import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

/** The boxes of the top bar's visible controls, left to right. */
async function controls(page: Page) {
  const boxes = await page
    .locator('header')
    .first()
    .locator('a, button')
    .evaluateAll((els) =>
      els
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ left: r.left, right: r.right }))
        .sort((a, b) => a.left - b.left),
    );
  return boxes;
}

for (const width of [390, 1280]) {
  test(`every control of the reader's top bar fits without overlapping at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    const reader = new ReaderPage(page);
    await reader.goto(SEEDS.nato2024.id);
    await expect(page.getByRole('button', { name: /Side by side/ })).toBeVisible();
    const boxes = await controls(page);
    expect(boxes.length).toBeGreaterThan(4);
    boxes.forEach((box, i) => {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      const next = boxes[i + 1];
      if (next) expect(next.left).toBeGreaterThanOrEqual(box.right - 0.5);
    });
  });
}

test('on a phone the views without room in the bar are under More', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Search' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Notebook' })).toBeHidden();
  await nav.getByRole('button', { name: 'More' }).click();
  const menu = page.getByRole('dialog', { name: 'More' });
  for (const name of ['Notebook', 'Review', 'Tags', 'Export and import', 'Settings']) {
    await expect(menu.getByRole('link', { name })).toBeVisible();
  }
  await menu.getByRole('link', { name: 'Notebook' }).click();
  await expect(page).toHaveURL(/\/notebook$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible();
});

test('on a phone the nav keeps its place while a prerendered page is still arriving', async ({
  page,
}) => {
  // Under load the browser can paint a prerendered page read only up to the nav's first link:
  // More, the nav's last child, not there yet. When it came, the nav moved 36 px (a layout shift
  // in e2e/layout-shift.spec.ts, about one run in twenty).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`/compare/${SEEDS.nuclear.id}/${SEEDS.response.id}`);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('button', { name: 'More' })).toBeVisible();
  const whole = await nav.boundingBox();
  await nav.evaluate((el) => el.lastElementChild?.remove()); // as before More has arrived
  await expect(nav.getByRole('button', { name: 'More' })).toHaveCount(0);
  expect(await nav.boundingBox()).toEqual(whole);
});
