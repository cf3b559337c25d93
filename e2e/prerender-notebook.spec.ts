import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { selectPhrase, selectionToolbar, storedHighlightCount } from './pages/annotations';
import { holdAppCode, holdStorageEngine } from './pages/app-code';

const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';

const empty = (page: import('@playwright/test').Page, title = 'No highlights yet') =>
  page.getByRole('heading', { level: 2, name: title });

test('a first visit’s notebook is drawn before the app’s code has come, and stays put when it takes over', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('/notebook', { waitUntil: 'commit' });
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Notebook' })).toBeVisible();
  await expect(empty(page)).toBeVisible();
  await expect(page).toHaveTitle('Notebook · Sidenote');
  // The views wait for the app: a choice made now would be lost when it takes over.
  await expect(page.getByRole('tab', { name: 'Tags × articles' })).toBeDisabled();
  const before = await empty(page).boundingBox();

  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Tags × articles' })).toBeEnabled();
  await expect(empty(page)).toBeVisible();
  expect(await empty(page).boundingBox()).toEqual(before);
  // Still a first visit: drawing the notebook created no database.
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test('in German the first visit’s notebook is German from the first paint', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await holdAppCode(page);
  await page.goto('/notebook', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Notizbuch' })).toBeVisible();
  await expect(empty(page, 'Noch keine Markierungen')).toBeVisible();
  // Only the reader's language is left in the page, so nothing in it is there twice.
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.getByText('No highlights yet')).toHaveCount(0);
  // Its title too (the build's <title> is English).
  await expect(page).toHaveTitle('Notizbuch · Sidenote');
  await context.close();
});

test('with highlights saved, the notebook never shows the first visit’s empty page', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  await reader.text.highlight(MINISTERS);
  await expect.poll(() => storedHighlightCount(page)).toBe(1);

  const release = await holdAppCode(page);
  // When the page asked for the app's code, in the page's own time (from its navigation).
  let entryAskedAt: number | undefined;
  page.on('request', (request) => {
    if (!/\/assets\/index-[^/]*\.js$/.test(request.url())) return;
    void page.evaluate(() => performance.now()).then((now) => (entryAskedAt ??= now));
  });
  await page.goto('/notebook', { waitUntil: 'commit' });
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  // Give boot.js's look into IndexedDB time to answer: it finds the database and keeps the page hidden.
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(300);
  await expect(empty(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Notebook' })).toBeHidden();

  // Hidden, it never paints: the app's code is asked for at once, not after boot.js's longest
  // wait for a paint (ENTRY_LATEST_MS, 1 s).
  await expect.poll(() => entryAskedAt).toBeLessThan(1000);

  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByText(MINISTERS)).toBeVisible();
  await expect(empty(page)).toHaveCount(0);
});

test('a notebook address with a filter waits for the app, which shows that filter', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('/notebook?view=matrix', { waitUntil: 'commit' });
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(300);
  await expect(empty(page)).toBeHidden();
  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Tags × articles' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('a highlight an earlier page left mid-write keeps the first visit’s empty page hidden, and shows', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  // A slow first visit: the storage engine is still on its way when h is pressed, so no
  // database is made yet; the reader keeps the highlight in localStorage meanwhile.
  const releaseEngine = await holdStorageEngine(page);
  await selectPhrase(reader.article, MINISTERS);
  await expect(selectionToolbar(page)).toBeVisible();
  await page.keyboard.press('h');
  await expect(reader.text.marks).toHaveCount(1);

  const releaseApp = await holdAppCode(page);
  await page.goto('/notebook', { waitUntil: 'commit' });
  await page.waitForLoadState('domcontentloaded');
  await page.waitForTimeout(300);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
  await expect(empty(page)).toBeHidden();
  await releaseEngine();
  releaseApp();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByText(MINISTERS)).toBeVisible();
});
