import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { holdAppCode } from './pages/app-code';
import { ReaderPage } from './pages/reader-page';

const URL = `/read/${SEEDS.response.id}`;

const firstParagraph = (page: Page) => page.locator('main article [data-start]').first();

test('a shipped article is readable before the app’s code has arrived, and stays put when the app takes over', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto(URL, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: SEEDS.response.title })).toBeVisible();
  await expect(page.getByText(SEEDS.response.sentence)).toBeVisible();
  await expect(page).toHaveTitle(`${SEEDS.response.title} · Sidenote`);
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  // Its interface words are words, not message ids (the build renders them from the catalogs).
  await expect(
    page.locator('[data-prerendered]').getByText('Library', { exact: true }),
  ).toBeVisible();
  const before = await firstParagraph(page).boundingBox();

  release();
  await expect(page.getByRole('complementary', { name: 'Notes and highlights' })).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByText(SEEDS.response.sentence)).toBeVisible();
  expect(await firstParagraph(page).boundingBox()).toEqual(before);
});

test('the page drawn before the app uses the reader’s saved theme, text size and width', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const state = { theme: 'dark', fontSize: 24, width: 'wide', colorId: 'key-claim' };
    localStorage.setItem('sidenote.preferences', JSON.stringify({ state, version: 1 }));
  });
  const release = await holdAppCode(page);
  await page.goto(URL, { waitUntil: 'commit' });
  await expect(firstParagraph(page)).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  const look = () =>
    page.evaluate(() => {
      const article = document.querySelector('main article') as HTMLElement;
      const style = getComputedStyle(article);
      return {
        theme: document.documentElement.dataset.theme,
        fontSize: style.fontSize,
        width: Math.round(article.getBoundingClientRect().width),
      };
    });
  const before = await look();
  expect(before.theme).toBe('dark');
  expect(before.fontSize).toBe('24px');

  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(firstParagraph(page)).toBeVisible();
  expect(await look()).toEqual(before);
});

test('a link to the original file does not show the reader first', async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto(`${URL}?view=original`, { waitUntil: 'commit' });
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('[data-prerendered]')).toBeHidden();
  release();
  await expect(page.getByRole('button', { name: 'Original' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a returning reader is taken to their place without seeing the top of the article first', async ({
  page,
}) => {
  await page.goto(URL);
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  const far = page.locator('main article [data-start]').nth(8);
  await far.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  // The place is saved a moment after scrolling stops: first the boot script's note in
  // localStorage, then the offset in IndexedDB. Reloading between the two (a slow machine) keeps
  // only the note, and the app rightly opens the article at its top.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('sidenote.places')))
    .toContain(SEEDS.response.id);
  await new ReaderPage(page).expectPlaceSaved(SEEDS.response.id, 'further down');

  const release = await holdAppCode(page);
  await page.reload({ waitUntil: 'commit' });
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('[data-prerendered]')).toBeHidden();
  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article can still be read', async ({ page }) => {
    await page.goto(URL);
    await expect(page.getByRole('heading', { level: 1, name: SEEDS.response.title })).toBeVisible();
    await expect(page.getByText(SEEDS.response.sentence)).toBeVisible();
  });
});

test.describe('for a browser that asks for German', () => {
  test.use({ locale: 'de-DE' });

  test('the prerendered page shows the article at once, its English interface words only once the app speaks German', async ({
    page,
  }) => {
    const release = await holdAppCode(page);
    await page.goto(`/read/${SEEDS.nato2024.id}`, { waitUntil: 'commit' });
    await expect(page.getByText(SEEDS.nato2024.sentence)).toBeVisible();
    await expect(page.locator('[data-prerendered]')).toHaveCount(1);
    // The English words are there, but not shown: the library link's label, the reading time.
    const words = page.locator('[data-prerendered] [data-ui-words]');
    await expect(words.filter({ hasText: 'Library' })).toHaveCount(1);
    await expect(words.filter({ hasText: /min read$/i })).toHaveCount(1);
    for (const word of await words.all()) await expect(word).toBeHidden();

    release();
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Bibliothek', exact: true })).toBeVisible();
    await expect(page.getByText(/Min\. Lesezeit$/i)).toBeVisible();
  });
});
