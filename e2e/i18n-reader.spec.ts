import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { selectPhrase } from './pages/annotations';
import { ComparePage } from './pages/compare-page';

/**
 * The reader in German (issue 13): the frame, the article header (date in the article's language,
 * reading time in the interface's), the notes panel, the highlight toolbar, a card, the count, a
 * deleted highlight's toast, and side by side.
 */

test.use({ locale: 'de-DE' });

test('reading, highlighting and side by side speak German', async ({ page }) => {
  await page.goto(`/read/${SEEDS.nato2024.id}`);
  const article = page.locator('main article[lang]');
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Bibliothek', exact: true })).toBeVisible();
  await expect(article.locator('header p').first()).toHaveText(/^.*Mai 2024 · \d+ Min\. Lesezeit$/);
  await expect(article.getByText('Anriss des englischen Originals')).toBeVisible();

  const panel = page.getByRole('complementary', { name: 'Notizen und Markierungen' });
  await expect(panel.getByText(/^Noch keine Markierungen\./)).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Markierungen' })).toBeVisible();

  // Highlight with a note: the toolbar, the new card and the count are German.
  await selectPhrase(article, SEEDS.nato2024.sentence);
  const toolbar = page.getByRole('toolbar', { name: 'Auswahl markieren' });
  await expect(toolbar.getByRole('button', { name: /^Als „.+“ markieren \(1\)$/ })).toBeVisible();
  await toolbar.getByRole('button', { name: 'Notiz' }).click();
  await expect(panel.getByText('1 Markierung, in Lesereihenfolge')).toBeVisible();
  const card = panel.getByRole('article', { name: /^Markierung: Arbeiter und Jugendliche/ });
  await expect(card.getByRole('textbox', { name: 'Notiz', exact: true })).toBeFocused();
  // Links can be made from any card (to a passage in any article), in German too.
  await expect(
    card.getByRole('button', { name: 'Mit einer Textstelle verknüpfen…' }),
  ).toBeVisible();

  await card.getByRole('button', { name: 'Markierung löschen' }).click();
  await expect(page.getByText('Markierung gelöscht')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();

  // Side by side: the swap button, the panes and their notes buttons.
  await new ComparePage(page).goto(SEEDS.nuclear.id, SEEDS.response.id);
  await expect(page.getByRole('button', { name: 'Seiten tauschen' })).toBeVisible();
  const left = page.getByRole('region', { name: 'Linker Artikel' });
  await expect(left.getByRole('region', { name: 'Text des linken Artikels' })).toBeVisible();
  await expect(left.getByRole('button', { name: 'Linke Seite schließen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Markierungen im rechten Artikel' })).toBeVisible();
});
