import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { holdAppCode } from './pages/app-code';
import { ReaderPage } from './pages/reader-page';

const LEFT = SEEDS.nuclear;
const RIGHT = SEEDS.response;
const URL = `/compare/${LEFT.id}/${RIGHT.id}`;

const pane = (page: Page, side: 'Left' | 'Right') =>
  page.getByRole('region', { name: `${side} article`, exact: true });
const firstParagraph = (page: Page, side: 'Left' | 'Right') =>
  pane(page, side).locator('article [data-start]').first();

test('two shipped articles are readable side by side before the app’s code has arrived, and stay put when it takes over', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto(URL, { waitUntil: 'commit' });
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(
    pane(page, 'Left').getByRole('heading', { level: 2, name: LEFT.title }),
  ).toBeVisible();
  await expect(
    pane(page, 'Right').getByRole('heading', { level: 2, name: RIGHT.title }),
  ).toBeVisible();
  await expect(pane(page, 'Left').getByText(LEFT.sentence)).toBeVisible();
  await expect(pane(page, 'Right').getByText(RIGHT.sentence)).toBeVisible();
  await expect(page).toHaveTitle(`${LEFT.title} ↔ ${RIGHT.title} · Sidenote`);
  // The pickers wait for the app: a choice made now would be lost when it takes over.
  await expect(page.getByLabel('Choose the right article')).toBeDisabled();
  await expect(page.getByLabel('Choose the right article')).toHaveValue(RIGHT.id);
  const before = {
    left: await firstParagraph(page, 'Left').boundingBox(),
    right: await firstParagraph(page, 'Right').boundingBox(),
  };

  release();
  const compare = new ComparePage(page);
  await compare.appTookOver();
  await expect(page.getByLabel('Choose the right article')).toBeEnabled();
  // The app's own view: the comparison comes, and the panes' notes.
  await expect(page.getByTestId('alignment-bar')).toContainText(/aligned passage|No passages/);
  await expect(compare.right.panelButton).toBeVisible();
  expect({
    left: await firstParagraph(page, 'Left').boundingBox(),
    right: await firstParagraph(page, 'Right').boundingBox(),
  }).toEqual(before);
});

test('on a phone the first article is in front, and stays put when the app takes over', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdAppCode(page);
  await page.goto(URL, { waitUntil: 'commit' });
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(pane(page, 'Left').getByText(LEFT.sentence)).toBeVisible();
  await expect(pane(page, 'Right')).toBeHidden();
  const tabs = page.getByRole('tablist', { name: 'Show article' }).getByRole('tab');
  await expect(tabs).toHaveText([`1 · ${LEFT.title}`, `2 · ${RIGHT.title}`]);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  const before = await firstParagraph(page, 'Left').boundingBox();

  release();
  const compare = new ComparePage(page);
  await compare.appTookOver();
  expect(await firstParagraph(page, 'Left').boundingBox()).toEqual(before);
  await compare.tab('right').click();
  await expect(pane(page, 'Right').getByText(RIGHT.sentence)).toBeVisible();
});

test('a pair with the same article twice is left to the app', async ({ page }) => {
  const response = await page.request.get(`/compare/${LEFT.id}/${LEFT.id}`);
  expect(await response.text()).not.toContain('data-prerendered');
  const prerendered = await page.request.get(URL);
  expect(await prerendered.text()).toContain('data-prerendered');
});

test('a returning reader is taken to their place in a pane without seeing the top first', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto(LEFT.id, RIGHT.id);
  await compare.right.scroller.evaluate((el) => el.scrollTo(0, 900));
  // The place is saved a moment after scrolling stops: first the boot script's note in
  // localStorage, then the offset in IndexedDB (reloading between the two opens the top).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sidenote.places')))
    .toContain(RIGHT.id);
  await new ReaderPage(page).expectPlaceSaved(RIGHT.id, 'further down');

  const release = await holdAppCode(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('[data-prerendered]')).toBeHidden();
  release();
  await compare.appTookOver();
  await expect
    .poll(() => compare.right.scroller.evaluate((el) => el.scrollTop))
    .toBeGreaterThan(300);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both articles can still be read', async ({ page }) => {
    await page.goto(URL);
    await expect(pane(page, 'Left').getByText(LEFT.sentence)).toBeVisible();
    await expect(pane(page, 'Right').getByText(RIGHT.sentence)).toBeVisible();
  });
});

test.describe('for a browser that asks for German', () => {
  test.use({ locale: 'de-DE' });

  test('the articles show at once, the English interface words only once the app speaks German', async ({
    page,
  }) => {
    const release = await holdAppCode(page);
    await page.goto(URL, { waitUntil: 'commit' });
    await expect(pane(page, 'Left').getByText(LEFT.sentence)).toBeVisible();
    const words = page.locator('[data-prerendered] [data-ui-words]');
    await expect(words.filter({ hasText: 'Comparing the two articles' })).toHaveCount(1);
    for (const word of await words.all()) await expect(word).toBeHidden();

    release();
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Bibliothek', exact: true })).toBeVisible();
  });
});
