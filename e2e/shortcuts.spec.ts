import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { NotebookPage } from './pages/notebook-page';
import { ReaderPage } from './pages/reader-page';
import { ReviewPage } from './pages/review-page';
import { shortcutsDialog } from './pages/shortcuts-dialog';

const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';

test('? opens the keyboard shortcuts, a native modal dialog; Escape closes it', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  const dialog = shortcutsDialog(page);
  await expect(dialog).toBeHidden();

  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.tagName)).toBe('DIALOG');
  // Modal: opened with showModal(), so the rest of the page is inert.
  expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(dialog).toContainText('Go to the notebook');
  await expect(page.getByRole('button', { name: 'Close shortcuts' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // It opens again (the app's state followed the native close) and its button closes it too.
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close shortcuts' }).click();
  await expect(dialog).toBeHidden();

  // And ? again while it is open closes it.
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
});

test('g then n goes to the notebook, g then l back to the library', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await page.keyboard.press('g');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/\/notebook$/);
  await expect(new NotebookPage(page).heading).toBeVisible();

  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();

  // n alone does nothing: by the time the next key has opened the shortcuts, it is still here.
  await page.keyboard.press('n');
  await page.keyboard.press('?');
  await expect(shortcutsDialog(page)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('Escape');
});

test('g then a letter also works from the reader', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(SEEDS.response.id);
  await page.keyboard.press('g');
  await page.keyboard.press('r');
  await expect(page).toHaveURL(/\/review$/);
  await expect(new ReviewPage(page).heading).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('l');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('typing ? or g n in a note does not open the shortcuts or leave the page', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  await reader.text.highlight(STOLTENBERG);
  const card = await reader.sidebar.open(STOLTENBERG);
  const note = reader.sidebar.noteBox(card);
  await note.click();
  await expect(note).toBeFocused();
  await page.keyboard.type('Warum? gn');
  await expect(note).toHaveValue('Warum? gn');
  await expect(shortcutsDialog(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/read/${SEEDS.response.id}$`));
  await expect(card.getByText('Saved', { exact: true })).toBeVisible();
});
