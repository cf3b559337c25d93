import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';

/**
 * The library and the tag manager in German (issue 13): page, sort, card details, "Add article"
 * with a refused file, and a tag created, deleted and brought back with Undo.
 */

test.use({ locale: 'de-DE' });

test('the library, adding an article and the tag manager speak German', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothek' })).toBeVisible();
  await expect(page.getByText(/^5 Artikel · öffne einen zum Lesen/)).toBeVisible();
  await expect(page).toHaveTitle(/Bibliothek/);
  const sort = page.getByLabel('Sortieren');
  await expect(sort.locator('option')).toHaveText([
    'Neueste zuerst',
    'Älteste zuerst',
    'Titel A–Z',
    'Nach Medium',
  ]);
  const card = page.getByRole('article').filter({ hasText: SEEDS.nato2024.title });
  await expect(card).toContainText(/\d+ Min\. Lesezeit/);
  await expect(
    card.getByRole('button', {
      name: `„${SEEDS.nato2024.title}“ neben einem anderen Artikel lesen…`,
    }),
  ).toHaveText('Nebeneinander');
  await expect(
    card.getByRole('button', { name: `Schlagwörter von „${SEEDS.nato2024.title}“ bearbeiten` }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Artikel hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eigenen Artikel hinzufügen' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'alt.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Überschrift\n\nDer Bürgermeister ließ die Straße sperren.\n', 'latin1'),
  });
  const problem = dialog.getByRole('alert');
  await expect(problem).toContainText('Nicht hinzugefügt:');
  await expect(problem).toContainText('alt.txt: Diese Datei hat eine Textkodierung');
  await dialog.getByRole('button', { name: 'Schließen' }).click();

  await page.goto('/tags');
  await expect(page.getByRole('heading', { level: 1, name: 'Schlagwörter' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Noch keine Schlagwörter' })).toBeVisible();
  await page.getByLabel('Neues Schlagwort').fill('Sanktionen');
  await page.getByRole('button', { name: 'Schlagwort anlegen' }).click();
  const status = page.getByRole('status').filter({ hasText: '„Sanktionen“ angelegt.' });
  await expect(status).toBeVisible();
  await expect(page.getByText('Noch nicht verwendet')).toBeVisible();
  await page.getByRole('button', { name: '„Sanktionen“ löschen' }).click();
  await expect(
    page.getByText('„Sanktionen“ löschen? Es wird noch nirgends verwendet.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Schlagwort löschen' }).click();
  await expect(page.getByText('„Sanktionen“ gelöscht.')).toBeVisible();
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByText('„Sanktionen“ wiederhergestellt.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Sanktionen' })).toBeVisible();
});
