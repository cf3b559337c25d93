import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

for (const seed of Object.values(SEEDS)) {
  test(`${seed.id} opens and shows its body`, async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(seed.id);
    await expect(reader.article).toContainText(seed.sentence);
    await expect(reader.article).toHaveAttribute('lang', 'de');
    await expect(reader.title).not.toBeEmpty();
    // Page furniture never reaches the reading text.
    for (const junk of ['Share on WhatsApp', 'Guardar', 'Leave a Reply', 'Lesen Sie weiter']) {
      await expect(reader.article).not.toContainText(junk);
    }
  });
}

test('the reader keeps its view on reload and goes back to the library', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: SEEDS.nato2024.title }).click();
  const reader = new ReaderPage(page);
  await expect(reader.title).toHaveText(SEEDS.nato2024.title);
  await page.reload();
  await expect(reader.title).toHaveText(SEEDS.nato2024.title);
  await expect(reader.article).toContainText('von der NATO unterstützte');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('byline, date and source sit in the header and footer, not in the text', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(SEEDS.nato2024.id);
  const header = reader.article.locator('header');
  await expect(header).toContainText('By Alex Lantier');
  // The article's own date follows the article's language (German), not the interface's.
  await expect(header).toContainText('29. Mai 2024');
  await expect(reader.article.locator('footer')).toContainText(
    'Ursprünglich veröffentlicht in WSWS.ORG',
  );
  const paragraphs = reader.article.locator('[data-start]');
  await expect(paragraphs.filter({ hasText: /^von Alex Lantier$/ })).toHaveCount(0);
});

test('font size, width and theme are kept across visits', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(SEEDS.response.id);
  const before = await reader.fontSize();
  const settings = await reader.openDisplaySettings();
  await settings.getByRole('button', { name: 'Larger text' }).click();
  await settings.getByRole('button', { name: 'Larger text' }).click();
  await settings.getByText('Dark', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  const after = await reader.fontSize();
  expect(parseFloat(after)).toBeGreaterThan(parseFloat(before));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await reader.reload();
  expect(await reader.fontSize()).toBe(after);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the original file is one click away and keeps its URL', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(SEEDS.nuclear.id);
  await page.getByRole('button', { name: /Original/ }).click();
  await expect(page).toHaveURL(/view=original/);
  const original = page.locator('pre');
  await expect(original).toContainText('Guardar');
  await expect(original).toContainText('Lesen Sie weiter:');
  await page.reload();
  await expect(original).toContainText('Mit Informationen von Reuters');
  await page.getByRole('button', { name: /Original/ }).click();
  await expect(reader.article).toContainText(SEEDS.nuclear.sentence);
});

test('the reading position is kept per article', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(SEEDS.nato2024.id);
  const target = reader.article
    .locator('[data-start]')
    .filter({ hasText: 'Moskau reagierte auf Stoltenbergs' });
  await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await reader.expectPlaceSaved(SEEDS.nato2024.id, 'further down');
  await page.goto('/');
  await reader.goto(SEEDS.nato2024.id);
  await expect(target).toBeInViewport();
  const top = await target.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(40); // below the sticky bar…
  expect(top).toBeLessThan(200); // …at the top of the page, where the reader left it
  // Another article keeps its own position (the top).
  await reader.goto(SEEDS.response.id);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
