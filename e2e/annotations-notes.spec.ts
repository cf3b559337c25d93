import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { expectNoForeignImages } from './xss-corpus';

const RESPONSE = SEEDS.response.id;
const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';

test('a Markdown note renders bold and a safe external link once the card closes', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(STOLTENBERG);
  const card = await reader.sidebar.writeNote(
    STOLTENBERG,
    '**wichtig** and a [link](https://example.org)',
  );
  // Escape leaves the note field, a second Escape closes the card.
  await page.keyboard.press('Escape');
  await expect(reader.sidebar.noteBox(card)).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reader.sidebar.quoteButton(card)).toHaveAttribute('aria-expanded', 'false');
  await expect(reader.sidebar.noteBox(card)).toHaveCount(0);

  await expect(card.locator('strong')).toHaveText('wichtig');
  const link = card.getByRole('link', { name: 'link', exact: true });
  await expect(link).toHaveAttribute('href', 'https://example.org/');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  await expect(card).not.toContainText('**');

  // Clicking the closed card's note (not the link in it) opens the card.
  await card.locator('strong').click();
  await expect(reader.sidebar.quoteButton(card)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(reader.sidebar.card(STOLTENBERG).locator('strong')).toHaveText('wichtig');
});

test('HTML and javascript: links in a note stay text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(STOLTENBERG);
  const evil =
    '<img src=x onerror="window.__xss=1;alert(1)"> and [x](javascript:alert(1)) ' +
    '<a href="javascript:window.__xss=2">y</a>';
  const card = await reader.sidebar.writeNote(STOLTENBERG, evil);

  // The editor's preview is as safe as the card.
  await card.getByRole('button', { name: 'Preview' }).click();
  await expect(card).toContainText('[x](javascript:alert(1))');
  await expect(card.locator('img')).toHaveCount(0);
  await card.getByRole('button', { name: 'Write' }).click();

  await reader.sidebar.quoteButton(card).click();
  await expect(reader.sidebar.quoteButton(card)).toHaveAttribute('aria-expanded', 'false');
  await expect(card).toContainText('<img src=x');
  await expect(card).toContainText('[x](javascript:alert(1))');
  await expect(card.locator('img')).toHaveCount(0);
  await expect(card.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.reload();
  await expect(reader.sidebar.card(STOLTENBERG)).toContainText('<img src=x');
  // The note is drawn as text: no image a broken-image handler could run from.
  await expectNoForeignImages(page);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('the article note field grows with its text, up to about twelve lines', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.sidebar.root.locator('summary', { hasText: 'Article note' }).click();
  const field = reader.sidebar.root.getByRole('textbox', { name: 'Article note' });
  const height = async () => (await field.boundingBox())?.height ?? 0;
  const empty = await height();
  await field.fill(Array.from({ length: 6 }, (_, i) => `Zeile ${i + 1}`).join('\n'));
  const six = await height();
  expect(six).toBeGreaterThan(empty * 1.5);
  await field.fill(Array.from({ length: 40 }, (_, i) => `Zeile ${i + 1}`).join('\n'));
  const capped = await height();
  expect(capped).toBeGreaterThan(six);
  expect(capped).toBeLessThan(six * 3);
});
