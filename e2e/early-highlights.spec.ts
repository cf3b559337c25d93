import type { Page } from '@playwright/test';
import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { storedHighlightCount } from './pages/annotations';
import { withoutApp } from './pages/app-code';

const RESPONSE = SEEDS.response.id;
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';

/** The quotes of the highlights boot.js read for `id`, once it has read them (or undefined). */
const bootRead = (page: Page, id: string) =>
  page.evaluate(async (articleId) => {
    const read = await window.sidenoteEarlyHighlights?.get(articleId);
    return read?.rows.map((h) => h.target.quote.exact);
  }, id);

test('boot.js reads a reader’s highlights before the app’s code has come, and the app draws them', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(MINISTERS);
  // Its card shows while the write is still under way; reloading then would lose it.
  await expect.poll(() => storedHighlightCount(page)).toBe(1);

  // Bench row 4: the records are fetched and decoded while the app is still downloading.
  await withoutApp(page);
  await page.reload();
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  expect(await bootRead(page, RESPONSE)).toEqual([MINISTERS]);

  // With the app, the reader takes that read and draws the highlight from it.
  await page.unrouteAll();
  await reader.reload();
  await expect(reader.text.marks).toHaveCount(1);
  await expect(reader.text.marks.first()).toHaveText(MINISTERS);
  expect(await page.evaluate(() => window.sidenoteEarlyHighlights?.size)).toBe(0);
});

test('boot.js leaves a reader’s own article to the app, which takes no early read for it', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(MINISTERS);
  await expect.poll(() => storedHighlightCount(page)).toBe(1);
  await withoutApp(page);
  await page.goto('/read/mine-0123456789abcdef');
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => window.sidenoteEarlyHighlights?.size ?? 0)).toBe(0);
});

test('on a first visit boot.js neither reads nor creates a database', async ({ page }) => {
  await withoutApp(page);
  await page.goto(`/read/${encodeURIComponent(RESPONSE)}`);
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  expect(await bootRead(page, RESPONSE)).toBeUndefined();
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});
