import { expect, test } from '@playwright/test';

/**
 * The app's shell in German (issue 13): the skip link, the top bar, a page that does not exist,
 * the `?` list of shortcuts with German key names, and the shipped colour meanings, which are
 * stored in English but shown in the interface's language while nobody has edited them.
 */

test.use({ locale: 'de-DE' });

test('the shell, the shortcuts and the default colour meanings speak German', async ({ page }) => {
  await page.goto('/gibt-es-nicht');
  await expect(page.getByRole('heading', { name: 'Diese Seite gibt es nicht' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zur Bibliothek' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  const nav = page.getByRole('navigation', { name: 'Hauptmenü' });
  await expect(nav.getByRole('link', { name: 'Suche' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sidenote-Bibliothek' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Tastenkürzel' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole('heading', { name: 'Beim Lesen' })).toBeVisible();
  await expect(shortcuts).toContainText('Zur Schlagwortverwaltung');
  await expect(shortcuts.locator('kbd', { hasText: /^Strg$/ }).first()).toBeVisible();
  await shortcuts.getByRole('button', { name: 'Tastenkürzel schließen' }).click();
  await expect(shortcuts).toBeHidden();

  await nav.getByRole('link', { name: 'Einstellungen' }).click();
  const meaning = page.getByRole('textbox', { name: 'Bedeutung von Farbe 1' });
  await expect(meaning).toHaveValue('Kernaussage');
  await expect(page.getByRole('textbox', { name: 'Bedeutung von Farbe 2' })).toHaveValue('Beleg');
});
