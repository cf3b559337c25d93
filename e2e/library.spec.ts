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
  await expect(natoCard).toContainText('29 May 2024');
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
  const byTitle = await library.titles();
  expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'de')));

  await page.reload();
  expect(await library.titles()).toEqual(byTitle);

  await library.open(SEEDS.response.title);
  await expect(page).toHaveURL(new RegExp(`/read/${SEEDS.response.id}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\?sort=title$/);
  expect(await library.titles()).toEqual(byTitle);
});

test('an article card opens the reader with one click', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await library.open(SEEDS.nuclear.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEEDS.nuclear.title);
  await expect(page.locator('main article')).toContainText(SEEDS.nuclear.sentence);
});
