import type { Page } from '@playwright/test';
import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { storedHighlightCount } from './pages/annotations';
import { LibraryPage } from './pages/library-page';
import { NotebookPage } from './pages/notebook-page';
import { ReaderPage } from './pages/reader-page';

const RESPONSE = SEEDS.response.id;
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';
const CONFLICT =
  'This note was changed in another tab. Your version is kept; saving will replace it.';
const TEXT_A = 'Tab A: Die Minister treffen sich nur virtuell.';
const TEXT_B = 'Tab B: Wichtig ist, was sie beschlossen haben.';

/** Every row of the `highlights` store, read with raw IndexedDB (not through the app). */
async function storedHighlights(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('sidenote');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('highlights').objectStore('highlights').getAll();
          all.onsuccess = () => (open.result.close(), resolve(all.result));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('two tabs editing one note: the tab with unsaved text is warned and keeps it', async ({
  context,
}) => {
  const a = new ReaderPage(await context.newPage());
  const b = new ReaderPage(await context.newPage());
  await a.gotoClean(RESPONSE);
  await a.text.highlight(MINISTERS);
  await b.goto(RESPONSE);
  await b.sidebar.expectQuotes([MINISTERS]);
  const cardA = await a.sidebar.open(MINISTERS);
  const cardB = await b.sidebar.open(MINISTERS);
  const boxA = a.sidebar.noteBox(cardA);
  const boxB = b.sidebar.noteBox(cardB);

  // B has typed (autosave waits 600 ms for a pause) when A's saved note arrives.
  await boxB.fill(TEXT_B);
  await boxA.fill(TEXT_A);
  await boxA.press('Control+Enter');
  await expect(cardA.getByText('Saved', { exact: true })).toBeVisible();

  await expect(cardB.getByText(CONFLICT)).toBeVisible();
  await expect(boxB).toHaveValue(TEXT_B);
  // B saves its version as the notice said; it is what is stored, and A follows.
  await expect(cardB.getByText('Saved', { exact: true })).toBeVisible();
  await expect
    .poll(async () => (await storedHighlights(b.page)).map((h) => h.note))
    .toEqual([TEXT_B]);
  await expect(boxA).toHaveValue(TEXT_B);
  await expect(cardA.getByText(CONFLICT)).toHaveCount(0);
  await expect(boxB).toHaveValue(TEXT_B);

  // Both tabs agree after a reload.
  for (const tab of [a, b]) {
    await tab.page.reload();
    await expect(tab.sidebar.card(MINISTERS)).toContainText(TEXT_B);
  }
});

test('a tab closed in the middle of 1,000 writes leaves whole records and an app that opens', async ({
  context,
}) => {
  const page = await context.newPage();
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const id = await reader.text.highlight(MINISTERS);
  const [template] = await storedHighlights(page);
  expect(template?.id).toBe(id);

  // 1,000 puts, each in its own transaction, one after the other; count those that committed.
  await page.evaluate((row) => {
    const w = window as unknown as { __committed: number };
    w.__committed = 0;
    const open = indexedDB.open('sidenote');
    open.onsuccess = () => {
      const db = open.result;
      const put = (i: number) => {
        if (i >= 1000) return;
        const tx = db.transaction('highlights', 'readwrite');
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString();
        const note = `Eintrag ${i}: ${'Abschreckung und Dialog. '.repeat(40)}`;
        tx.objectStore('highlights').put({
          ...row,
          id: `bulk-${String(i).padStart(4, '0')}`,
          note,
          createdAt: at,
          updatedAt: at,
        });
        tx.oncomplete = () => {
          w.__committed = i + 1;
          put(i + 1);
        };
      };
      put(0);
    };
  }, template);
  // Close the tab while the writes are under way: some have committed, most have not.
  await page.waitForFunction(
    () => (window as unknown as { __committed: number }).__committed >= 20,
  );
  const committed = await page.evaluate(
    () => (window as unknown as { __committed: number }).__committed,
  );
  await page.close();

  const next = await context.newPage();
  const library = new LibraryPage(next);
  await library.goto();
  await expect(library.cards.first()).toBeVisible();
  const rows = await storedHighlights(next);
  const bulk = rows.filter((h) => String(h.id).startsWith('bulk-'));
  test.info().annotations.push({
    type: 'writes',
    description: `${committed} of 1,000 puts had committed at close; ${bulk.length} are stored`,
  });
  expect(bulk.length).toBeGreaterThanOrEqual(committed);
  expect(bulk.length).toBeLessThanOrEqual(1000);
  expect(rows).toHaveLength(bulk.length + 1);
  for (const row of rows) {
    expect(row).toEqual({
      id: expect.any(String),
      articleId: RESPONSE,
      target: {
        position: {
          type: 'TextPositionSelector',
          start: expect.any(Number),
          end: expect.any(Number),
        },
        quote: {
          type: 'TextQuoteSelector',
          exact: MINISTERS,
          prefix: expect.any(String),
          suffix: expect.any(String),
        },
        textHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      colorId: expect.any(String),
      note:
        row.id === id
          ? ''
          : expect.stringMatching(/^Eintrag \d+: (Abschreckung und Dialog\. ){40}$/),
      tags: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  }

  // The app reads them all.
  const notebook = new NotebookPage(next);
  await notebook.goto();
  await expect(next.getByText(new RegExp(`^${rows.length} highlights?$`))).toBeVisible();
  expect(await storedHighlightCount(next)).toBe(rows.length);
});
