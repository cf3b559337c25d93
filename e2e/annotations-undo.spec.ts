import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

const RESPONSE = SEEDS.response.id;
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';

test('a deleted highlight comes back with the toast’s Undo and with Ctrl+Z', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const id = await reader.text.highlight(MINISTERS);
  const toast = page.getByRole('status').filter({ hasText: 'Highlight deleted' });

  const remove = async () => {
    const card = await reader.sidebar.open(MINISTERS);
    await card.getByRole('button', { name: 'Delete highlight' }).click();
    await expect(reader.sidebar.cards).toHaveCount(0);
    await expect(reader.text.marks).toHaveCount(0);
  };

  await remove();
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(reader.sidebar.cards).toHaveCount(1);
  await reader.sidebar.expectQuotes([MINISTERS]);
  await reader.text.expectText(id, MINISTERS);

  await remove();
  // Focus is not in a text field, so Ctrl+Z is the app's undo, not the field's.
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toMatch(/INPUT|TEXTAREA/);
  await page.keyboard.press('Control+z');
  await expect(reader.sidebar.cards).toHaveCount(1);
  await reader.sidebar.expectQuotes([MINISTERS]);
  await reader.text.expectText(id, MINISTERS);

  await page.reload();
  await reader.sidebar.expectQuotes([MINISTERS]);
});

// Regression: the toast's Undo used to leave its restore step on the Ctrl+Z stack, so a later
// Ctrl+Z put the copy saved at deletion back over the highlight, wiping a newer note.
test('Ctrl+Z after the toast’s Undo never puts an old copy back over a newer note', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(MINISTERS);
  const card = await reader.sidebar.open(MINISTERS);
  await card.getByRole('button', { name: 'Delete highlight' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Highlight deleted' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await reader.sidebar.expectQuotes([MINISTERS]);

  // A note written after the restore, then Ctrl+Z with nothing deleted any more.
  await reader.sidebar.writeNote(MINISTERS, 'Mein Gedanke');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(reader.sidebar.card(MINISTERS)).toContainText('Mein Gedanke');
  await page.keyboard.press('Control+z');
  await expect(
    page.getByRole('status').filter({ hasText: /restored|removed|undone|Nothing to undo/ }),
  ).toBeVisible();
  await page.reload();
  await expect(reader.sidebar.root.getByText(/highlights? yet|in reading order/)).toBeVisible();
  // Undo may take back the highlight's creation, but must not keep it with the note wiped.
  if ((await reader.sidebar.cards.count()) > 0) {
    await expect(reader.sidebar.card(MINISTERS)).toContainText('Mein Gedanke');
  }
});
