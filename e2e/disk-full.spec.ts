import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { selectPhrase, selectionToolbar, storedHighlightCount } from './pages/annotations';
import { ReaderPage } from './pages/reader-page';

const RESPONSE = SEEDS.response.id;
const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';
const RAT = 'Der NATO-Russland-Rat wurde 2002';
const FULL = "Your browser's storage for Sidenote is full.";
const LONG_NOTE = Array.from(
  { length: 60 },
  (_, i) => `Gedanke ${i + 1}: Die Minister sprachen über Abschreckung und Dialog.`,
).join('\n');

/**
 * Tries one small write to a scratch database of this origin: 'ok', or the error's name. Chromium
 * checks IndexedDB writes against a cached view of the quota, refreshed about every 30 s, so a new
 * quota takes effect only after up to half a minute; this is how a test sees that it has.
 */
async function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('sidenote-quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => resolve(open.error?.name ?? 'open failed');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('x'.repeat(1000), Date.now());
          tx.oncomplete = () => (db.close(), resolve('ok'));
          tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
        };
      }),
  );
}

/** Shrinks this origin's quota to 1 byte (through DevTools) and waits until writes fail. */
async function fillDisk(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  expect(await probeWrite(page)).toBe('ok');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await expect
    .poll(() => probeWrite(page), { timeout: 75_000, intervals: [1000] })
    .toBe('QuotaExceededError');
  return cdp;
}

/** Gives the quota back (no override) and waits until writes succeed again. */
async function freeDisk(page: Page, cdp: CDPSession): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin });
  await expect.poll(() => probeWrite(page), { timeout: 75_000, intervals: [250] }).toBe('ok');
}

test('with the disk full the user is told, keeps their text and loses nothing stored', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(STOLTENBERG);
  await reader.sidebar.writeNote(STOLTENBERG, 'Schon gespeichert.');
  await reader.text.highlight(MINISTERS);
  await expect.poll(() => storedHighlightCount(page)).toBe(2);

  const cdp = await fillDisk(page);

  // A new highlight cannot be stored: an alert says why and what to do; nothing is drawn.
  await selectPhrase(reader.article, RAT);
  await selectionToolbar(page)
    .getByRole('button', { name: /^Highlight as “.+” \(1\)$/ })
    .click();
  const alert = page.getByRole('alert').filter({ hasText: 'The highlight was not saved' });
  await expect(alert).toContainText(FULL);
  await expect(alert).toContainText(/Free some space/);
  await expect(reader.text.marks.filter({ hasText: RAT })).toHaveCount(0);
  await expect(reader.sidebar.cards).toHaveCount(2);

  // A long note cannot be stored: the card says so, offers Retry, and the text stays put.
  const card = await reader.sidebar.open(MINISTERS);
  const box = reader.sidebar.noteBox(card);
  await box.fill(LONG_NOTE);
  await expect(card.getByText(FULL)).toBeVisible();
  await expect(card.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(box).toHaveValue(LONG_NOTE);
  await expect(card.getByText('Saved', { exact: true })).toHaveCount(0);
  // Typing on while the disk is full fails again, still without losing a character.
  await box.press('Control+End');
  await box.pressSequentially(' Noch mehr.');
  await expect(card.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(box).toHaveValue(`${LONG_NOTE} Noch mehr.`);

  // Once there is room again, Retry saves.
  await freeDisk(page, cdp);
  await card.getByRole('button', { name: 'Retry' }).click();
  await expect(card.getByText('Saved', { exact: true })).toBeVisible();
  await expect(card.getByText(FULL)).toHaveCount(0);

  // After a reload everything stored before is intact, and the saved note is there.
  await page.reload();
  await reader.sidebar.expectQuotes([MINISTERS, STOLTENBERG]);
  expect(await storedHighlightCount(page)).toBe(2);
  await expect(reader.sidebar.card(STOLTENBERG)).toContainText('Schon gespeichert.');
  const reopened = await reader.sidebar.open(MINISTERS);
  await expect(reader.sidebar.noteBox(reopened)).toHaveValue(`${LONG_NOTE} Noch mehr.`);
  await expect(reopened.getByText("Recovered text you hadn't saved")).toHaveCount(0);

  // And a new highlight can be made again.
  await reader.text.highlight(RAT);
  await expect.poll(() => storedHighlightCount(page)).toBe(3);
});

test('a note typed while the disk is full survives a reload and autosaves on the next keystroke', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(MINISTERS);
  await reader.sidebar.writeNote(MINISTERS, 'Erste Fassung.');

  const cdp = await fillDisk(page);
  const card = await reader.sidebar.open(MINISTERS);
  const box = reader.sidebar.noteBox(card);
  await box.fill(LONG_NOTE);
  await expect(card.getByText(FULL)).toBeVisible();

  // The tab is reloaded while nothing can be stored: the stored note is the old one, and the
  // unsaved text comes back from the draft instead of being lost.
  await page.reload();
  await expect(reader.sidebar.card(MINISTERS)).toContainText('Erste Fassung.');
  const again = await reader.sidebar.open(MINISTERS);
  await expect(reader.sidebar.noteBox(again)).toHaveValue(LONG_NOTE);
  await expect(again.getByText("Recovered text you hadn't saved")).toBeVisible();

  // With room again, the next keystroke saves it.
  await freeDisk(page, cdp);
  await reader.sidebar.noteBox(again).press('Control+End');
  await reader.sidebar.noteBox(again).press('!');
  await expect(again.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  const saved = await reader.sidebar.open(MINISTERS);
  await expect(reader.sidebar.noteBox(saved)).toHaveValue(`${LONG_NOTE}!`);
  expect(await storedHighlightCount(page)).toBe(1);
});
