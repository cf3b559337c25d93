import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { LibraryPage } from './pages/library-page';

/** Opens the pair, once the app has replaced the page prerendered for it. */
const open = (page: Page) => new ComparePage(page).goto(SEEDS.nuclear.id, SEEDS.response.id);

test('two articles sit side by side at 1280×800, each scrolling on its own', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const left = page.getByRole('region', { name: 'Left article', exact: true });
  const right = page.getByRole('region', { name: 'Right article', exact: true });
  await expect(left).toContainText(SEEDS.nuclear.sentence);
  await expect(right).toContainText(SEEDS.response.sentence);
  const a = await left.boundingBox();
  const b = await right.boundingBox();
  expect(a && b && a.x + a.width <= b.x + 1).toBe(true);
  expect(a && b && Math.abs(a.y - b.y) < 2).toBe(true);

  const leftScroll = page.getByTestId('pane-left-scroll');
  const rightScroll = page.getByTestId('pane-right-scroll');
  await leftScroll.evaluate((el) => el.scrollTo(0, 600));
  await expect.poll(() => leftScroll.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  expect(await rightScroll.evaluate((el) => el.scrollTop)).toBe(0);
});

test('opening side by side from the library takes two clicks', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.compare(SEEDS.nato2024.title, SEEDS.nuclear.title);
  await expect(page).toHaveURL(new RegExp(`/compare/${SEEDS.nato2024.id}/${SEEDS.nuclear.id}$`));
  await expect(page.getByRole('region', { name: 'Right article', exact: true })).toContainText(
    SEEDS.nuclear.sentence,
  );
});

test('opening side by side from the reader takes two clicks', async ({ page }) => {
  await page.goto(`/read/${SEEDS.response.id}`);
  await page.getByRole('button', { name: 'Side by side' }).click();
  await page
    .getByRole('dialog', { name: 'Open next to this article' })
    .getByRole('button', { name: SEEDS.nato2024.title })
    .click();
  await expect(page).toHaveURL(new RegExp(`/compare/${SEEDS.response.id}/${SEEDS.nato2024.id}$`));
});

test('panes can switch article, swap sides and close back to one reader', async ({ page }) => {
  await open(page);
  await page.getByLabel('Choose the right article').selectOption(SEEDS.nato2024.id);
  await expect(page).toHaveURL(new RegExp(`/compare/${SEEDS.nuclear.id}/${SEEDS.nato2024.id}`));
  await expect(page.getByRole('region', { name: 'Right article', exact: true })).toContainText(
    SEEDS.nato2024.sentence,
  );

  await page.getByRole('button', { name: 'Swap sides' }).click();
  // Side by side, both panes are in view: the phone's ?pane= stays out of the address.
  await expect(page).toHaveURL(new RegExp(`/compare/${SEEDS.nato2024.id}/${SEEDS.nuclear.id}$`));
  await expect(page.getByRole('region', { name: 'Left article', exact: true })).toContainText(
    SEEDS.nato2024.sentence,
  );

  await page.reload();
  await expect(page.getByRole('region', { name: 'Left article', exact: true })).toContainText(
    SEEDS.nato2024.sentence,
  );

  await page.getByRole('button', { name: 'Close the left pane' }).click();
  await expect(page).toHaveURL(new RegExp(`/read/${SEEDS.nuclear.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEEDS.nuclear.title);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/compare/${SEEDS.nato2024.id}/${SEEDS.nuclear.id}`));
});

test('on a phone (390×844) the panes stack behind a switcher', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const left = page.getByRole('region', { name: 'Left article', exact: true });
  const right = page.getByRole('region', { name: 'Right article', exact: true });
  await expect(left).toBeVisible();
  await expect(right).toBeHidden();
  const tabs = page.getByRole('tablist', { name: 'Show article' });
  await tabs.getByRole('tab').nth(1).click();
  await expect(right).toBeVisible();
  await expect(left).toBeHidden();
  await expect(right).toContainText(SEEDS.response.sentence);
  await page.reload();
  await expect(right).toBeVisible();
  await expect(tabs.getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');
  const box = await right.boundingBox();
  expect(box && box.width <= 390).toBe(true);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`side by side never scrolls the page itself at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await open(page);
    const left = page.getByRole('region', { name: 'Left article', exact: true });
    await expect(left).toContainText(SEEDS.nuclear.sentence);
    const pageScroll = () =>
      page.evaluate(() => ({
        y: window.scrollY,
        extra: document.documentElement.scrollHeight - window.innerHeight,
      }));
    expect((await pageScroll()).extra).toBeLessThanOrEqual(0);

    // A wheel turn over the top bar.
    await page.mouse.move(size.width / 2, 20);
    await page.mouse.wheel(0, 1500);
    // Focus moving to something at the end of a pane's text.
    await page
      .getByTestId('pane-left-scroll')
      .evaluate((el) => el.querySelector('p:last-of-type')?.scrollIntoView());
    // The pane's drawer of notes and highlights.
    await page.getByRole('button', { name: /^Highlights in the left article/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Notes and highlights, left article' });
    await expect(drawer).toBeVisible();
    // The drawer covers only part of the pane: the text above it stays in view.
    const paneBox = await left.boundingBox();
    const drawerBox = await drawer.boundingBox();
    expect(paneBox && drawerBox && drawerBox.y - paneBox.y > paneBox.height * 0.3).toBe(true);
    await page.mouse.wheel(0, 1500);
    await expect.poll(async () => (await pageScroll()).y).toBe(0);
    // The pane headers are still in view, under the top bar.
    const select = page.getByLabel('Choose the left article');
    const box = await select.boundingBox();
    expect(box && box.y > 40 && box.y < 200).toBe(true);
  });
}
