import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { selectPhrase, selectionToolbar, storedHighlightCount } from './pages/annotations';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { holdStorageEngine } from './pages/app-code';

// Decision 0030: a new highlight's mark shows while its write is under way (on a first visit the
// storage engine is downloaded and the database made first). Leaving the page in that moment
// must not lose it: the write is kept in localStorage and the next start makes it.

const RESPONSE = SEEDS.response.id;
const QUOTE = 'NATO-Außenminister trafen sich am Freitag virtuell';

/** Selects `QUOTE` and presses h. */
async function highlightWithH(reader: ReaderPage) {
  await selectPhrase(reader.article, QUOTE);
  await expect(selectionToolbar(reader.page)).toBeVisible();
  await reader.page.keyboard.press('h');
}

test('a first highlight whose write is still under way when the page reloads is there after it', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  // A slow first visit: the storage engine is still on its way when h is pressed.
  const release = await holdStorageEngine(page);
  await highlightWithH(reader);
  await expect(reader.text.marks).toHaveCount(1);
  expect(await storedHighlightCount(page)).toBe(0);

  await page.reload({ waitUntil: 'commit' });
  await release();
  await reader.appTookOver();
  await expect(reader.text.marks).toHaveCount(1);
  await expect(reader.text.marks.first()).toHaveText(QUOTE);
  await expect(reader.sidebar.cards).toHaveCount(1);
  await expect.poll(() => storedHighlightCount(page)).toBe(1);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('pending'))),
  ).toEqual([]);
});

test('a first highlight is kept when the page is left at once, and shows on coming back', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await highlightWithH(reader);
  // Leave at once, without waiting for the mark, the write or the making of the database.
  await page.evaluate(() => window.location.assign('/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect.poll(() => storedHighlightCount(page)).toBe(1);

  await new LibraryPage(page).goto();
  await reader.goto(RESPONSE);
  await expect(reader.text.marks).toHaveCount(1);
  await expect(reader.text.marks.first()).toHaveText(QUOTE);
  await expect(reader.sidebar.cards).toHaveCount(1);
});
