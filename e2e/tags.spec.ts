import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { TagsManagerPage } from './pages/tags-page';

/** Adds tags to an article from its library card (existing ones are picked, new ones created). */
async function tagArticle(page: Page, title: string, ...names: string[]) {
  await page.getByRole('button', { name: `Edit tags of “${title}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Tags of “${title}”` });
  const field = dialog.getByRole('combobox', { name: 'Tags of this article' });
  await expect(field).toBeFocused();
  for (const name of names) {
    await field.fill(name);
    await field.press('Enter');
    await expect(dialog.getByRole('button', { name: `Remove tag ${name}` })).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

const card = (library: LibraryPage, title: string) =>
  library.cards.filter({ has: library.page.getByRole('link', { name: title, exact: true }) });

test('tag an article in the library, filter by the tag, and keep the filter after a reload', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await tagArticle(page, SEEDS.nato2024.title, 'Bündnis');
  await expect(card(library, SEEDS.nato2024.title)).toContainText('Bündnis');

  // The suggestion list finds the tag whatever the case or umlauts.
  await page.getByRole('button', { name: `Edit tags of “${SEEDS.nuclear.title}”` }).click();
  const field = page.getByRole('combobox', { name: 'Tags of this article' });
  await field.fill('bund');
  await expect(page.getByRole('option', { name: 'Bündnis' })).toBeVisible();
  await field.press('Enter');
  await field.press('Escape');
  await expect(card(library, SEEDS.nuclear.title)).toContainText('Bündnis');

  const filter = page.getByRole('group', { name: 'Filter by tag' });
  await filter.getByRole('button', { name: 'Bündnis' }).click();
  // The address names the tag, so it can be read and shared.
  await expect(page).toHaveURL(/\?tag=B%C3%BCndnis$/);
  await expect(library.cards).toHaveCount(2);
  await expect(page.getByText('2 of 5 articles')).toBeVisible();

  await page.reload();
  await expect(library.cards).toHaveCount(2);
  await expect(filter.getByRole('button', { name: 'Bündnis' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Sorting keeps the filter.
  await library.sort.selectOption('title');
  await expect(page).toHaveURL(/\?tag=B%C3%BCndnis&sort=title$/);
  await expect(library.cards).toHaveCount(2);

  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(page).toHaveURL(/\?sort=title$/);
  await expect(library.cards).toHaveCount(5);
});

test('rename, recolour, delete and undo in the tag manager', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await tagArticle(page, SEEDS.response.title, 'Atomwaffen');

  const tags = new TagsManagerPage(page);
  await tags.goto();
  await expect(tags.row('Atomwaffen')).toContainText('1 article');

  await tags.rename('Atomwaffen', 'Nuklearwaffen');
  await expect(tags.row('Nuklearwaffen')).toBeVisible();
  await expect(tags.row('Atomwaffen')).toHaveCount(0);

  await tags.recolour('Nuklearwaffen', 'Green');
  await expect(
    page.getByRole('button', { name: 'Colour of “Nuklearwaffen”: Green' }),
  ).toBeVisible();

  const confirm = await tags.delete('Nuklearwaffen');
  await expect(confirm).toContainText('It is used by 1 article.');
  await confirm.getByRole('button', { name: 'Delete tag' }).click();
  await expect(tags.row('Nuklearwaffen')).toHaveCount(0);
  await expect(tags.status).toContainText('Deleted “Nuklearwaffen”.');
  await tags.status.getByRole('button', { name: 'Undo' }).click();
  await expect(tags.row('Nuklearwaffen')).toContainText('1 article');

  // Everything was saved: after a reload the tag is back on its article, green and renamed.
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'Colour of “Nuklearwaffen”: Green' }),
  ).toBeVisible();
  await library.goto();
  await expect(card(library, SEEDS.response.title)).toContainText('Nuklearwaffen');
});

test('renaming a tag to a name that exists offers to merge them', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await tagArticle(page, SEEDS.response.title, 'Russland');
  await tagArticle(page, SEEDS.nuclear.title, 'Moskau');

  const tags = new TagsManagerPage(page);
  await tags.goto();
  await tags.rename('Moskau', 'russland');
  await expect(page.getByRole('alert')).toContainText('A tag called “Russland” already exists');
  await page.getByRole('button', { name: 'Merge into “Russland”' }).click();
  await expect(tags.row('Moskau')).toHaveCount(0);
  await expect(tags.row('Russland')).toContainText('2 articles');
});

test('the tag manager explains tags when there are none and creates one', async ({ page }) => {
  const tags = new TagsManagerPage(page);
  await tags.goto();
  await expect(page.getByRole('heading', { name: 'No tags yet' })).toBeVisible();
  await tags.create('Sanktionen');
  await expect(tags.row('Sanktionen')).toContainText('Not used yet');
});
