import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { LibraryPage } from './pages/library-page';

test('the library lists all five articles with title, source, date and reading time', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.cards).toHaveCount(5);
  const titles = await library.titles();
  for (const seed of [SEEDS.nato2024, SEEDS.nuclear, SEEDS.response]) {
    expect(titles).toContain(seed.title);
  }
  // Every title is a real, short line, never a whole paragraph.
  for (const title of titles) expect(title.length).toBeLessThan(100);
  const natoCard = library.cards.filter({ hasText: SEEDS.nato2024.title });
  await expect(natoCard).toContainText('WSWS.ORG');
  // The article's own date follows the article's language (German), not the interface's.
  await expect(natoCard).toContainText('29. Mai 2024');
  await expect(natoCard).toContainText(/\d+ min read/);
  await expect(natoCard).toContainText('Alex Lantier');
});

test('sorting by title survives a reload and the back button', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  const byDate = await library.titles();
  expect(byDate[0]).toBe(SEEDS.nato2024.title); // newest first

  await library.sort.selectOption('title');
  await expect(page).toHaveURL(/\?sort=title$/);
  const byTitle = [...byDate].sort((a, b) => a.localeCompare(b, 'de'));
  expect(byTitle).not.toEqual(byDate);
  // The list is read until it shows the new order: reading it once raced the re-render.
  await expect.poll(() => library.titles()).toEqual(byTitle);

  await page.reload();
  await expect.poll(() => library.titles()).toEqual(byTitle);

  await library.open(SEEDS.response.title);
  await expect(page).toHaveURL(new RegExp(`/read/${SEEDS.response.id}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\?sort=title$/);
  await expect.poll(() => library.titles()).toEqual(byTitle);
});

test('an article card opens the reader with one click', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.open(SEEDS.nuclear.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEEDS.nuclear.title);
  await expect(page.locator('main article')).toContainText(SEEDS.nuclear.sentence);
});

test('a card’s menus open on top of the cards below them', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.cards).toHaveCount(5);
  const title = (await library.titles())[0] ?? '';
  await library.sideBySide(title).click();
  const picker = page.getByRole('dialog', { name: 'Open next to this article' });
  await expect(picker).toBeVisible();
  await library.expectOnTop(picker);
  await page.keyboard.press('Escape');
  await expect(library.sideBySide(title)).toBeFocused();

  const tags = page.getByRole('button', { name: `Edit tags of “${title}”` });
  await tags.click();
  const editor = page.getByRole('dialog', { name: `Tags of “${title}”` });
  await expect(editor.getByRole('combobox')).toBeFocused();
  await library.expectOnTop(editor);
});

test('Tab reaches every card of the short list in order', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.cards).toHaveCount(5);
  const first = (await library.titles())[0] ?? '';
  await expect(page.getByRole('button', { name: `Edit tags of “${first}”` })).toBeEnabled();
  await library.list.getByRole('link', { name: first }).focus();
  const positions = [await library.focusedPosition()];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    positions.push(await library.focusedPosition());
  }
  // Four stops a card: its title, Details, Tags and Side by side.
  expect(positions).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4]);
});
