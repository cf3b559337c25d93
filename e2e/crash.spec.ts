import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { failOnDialog } from './xss-corpus';

const RESPONSE = SEEDS.response.id;
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';
const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';
const CRASHED = 'Something went wrong in this view';

/** Damage done to one stored highlight behind the app's back (raw IndexedDB). */
type Damage = 'quote: null' | 'note: 42' | 'target: null' | 'tags: 5';

/** Makes two highlights through the app, then damages the first in the database. */
async function storeDamagedHighlight(page: Page, damage: Damage): Promise<string[]> {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const damaged = await reader.text.highlight(MINISTERS);
  await reader.sidebar.writeNote(MINISTERS, 'Diese Notiz bleibt erhalten.');
  const intact = await reader.text.highlight(STOLTENBERG);
  await page.evaluate(
    ([id, how]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sidenote');
        open.onsuccess = () => {
          const tx = open.result.transaction('highlights', 'readwrite');
          const store = tx.objectStore('highlights');
          const get = store.get(id);
          get.onsuccess = () => {
            const row = get.result;
            if (how === 'quote: null') row.target.quote = null;
            if (how === 'note: 42') row.note = 42;
            if (how === 'target: null') row.target = null;
            if (how === 'tags: 5') row.tags = 5;
            store.put(row);
          };
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onabort = () => reject(tx.error);
        };
      }),
    [damaged, damage] as const,
  );
  return [damaged, intact];
}

/** The page shows something: a view, or the recovery screen. Never an empty root. */
async function expectNotBlank(page: Page) {
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.locator('#root')).toContainText(/\w{3,}/);
  await expect(page.locator('main').first()).toBeVisible();
}

/** Clicks "Export my data" on the recovery screen; the backup must hold every highlight. */
async function expectExportWorks(page: Page, ids: string[]) {
  const download = page.waitForEvent('download', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Export my data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^sidenote-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(await readFile((await file.path()) ?? '', 'utf8')) as {
    format: string;
    data: { highlights: Array<{ id: string; note: unknown }> };
  };
  expect(backup.format).toBe('sidenote-backup');
  expect(backup.data.highlights.map((h) => h.id).sort()).toEqual([...ids].sort());
}

for (const damage of ['quote: null', 'note: 42'] as const) {
  test(`a highlight stored with ${damage} gives the recovery screen, whose export works`, async ({
    page,
  }) => {
    const dialogs = failOnDialog(page);
    const ids = await storeDamagedHighlight(page, damage);

    for (const path of [`/read/${RESPONSE}`, '/notebook']) {
      await page.goto(path);
      const alert = page.getByRole('alert').filter({ hasText: CRASHED });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('Your highlights and notes are saved in this browser');
      await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
      await expect(alert.getByRole('button', { name: 'Export my data' })).toBeVisible();
      await expectNotBlank(page);
      await expectExportWorks(page, ids);
    }

    // Reload shows the same way out again (the record is still damaged), never a blank page.
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText(CRASHED)).toBeVisible();
    await expectNotBlank(page);
    // The library does not need the damaged field, and works.
    await page.getByRole('button', { name: 'Go to the library' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
    await expect(page.getByText(CRASHED)).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}

test('every view with a damaged highlight shows itself or the recovery screen, never a blank page', async ({
  page,
}) => {
  const dialogs = failOnDialog(page);
  await storeDamagedHighlight(page, 'quote: null');
  const outcomes: string[] = [];
  // What each view shows once the highlights have arrived: a view that crashes on the damaged
  // one crashes by then.
  const settled: Record<string, string | RegExp> = {
    '/': '2 highlights',
    [`/read/${RESPONSE}`]: /2 highlights, in reading order|Couldn’t find/,
    '/notebook': STOLTENBERG,
    '/tags': 'No tags yet',
    '/review': / of 2$/,
    '/data': 'Download backup',
  };
  for (const [path, shown] of Object.entries(settled)) {
    await page.goto(path);
    const crashed = page.getByText(CRASHED);
    await expect(page.getByText(shown).or(crashed).first()).toBeVisible();
    await expectNotBlank(page);
    outcomes.push(`${path}: ${(await crashed.count()) > 0 ? 'recovery screen' : 'renders'}`);
  }
  test.info().annotations.push({ type: 'outcomes', description: outcomes.join('; ') });
  expect(dialogs).toEqual([]);
});

// Regression: `createBackup` used to throw on exactly the damaged data that crashed the view, so
// "Export my data" on the recovery screen failed and the user's data was out of reach.
for (const damage of ['target: null', 'tags: 5'] as const) {
  test(`a highlight stored with ${damage} can still be exported from the recovery screen`, async ({
    page,
  }) => {
    const dialogs = failOnDialog(page);
    const ids = await storeDamagedHighlight(page, damage);
    await page.goto('/notebook');
    await expect(page.getByText(CRASHED)).toBeVisible();
    await expectNotBlank(page);
    await expectExportWorks(page, ids);
    expect(dialogs).toEqual([]);
  });
}
