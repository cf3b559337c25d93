import { expect, test } from '@playwright/test';

// A German browser: the interface follows it (issue 13).
test.use({ locale: 'de-DE' });

const AT = '2026-11-22T08:00:00.000Z';
const tag = (id: string, name: string) => ({
  id,
  name,
  color: 'gray',
  description: '',
  createdAt: AT,
});
const backup = (version: number) =>
  JSON.stringify({
    format: 'sidenote-backup',
    version,
    exportedAt: AT,
    app: { name: 'Sidenote', schemaVersion: 1 },
    data: {
      highlights: [],
      articleStates: [],
      tags: [tag('t1', 'Eskalation'), tag('t2', 'Bündnispolitik')],
      colors: [],
      links: [],
      reviews: [],
      userArticles: [],
    },
  });

test('data, notebook, review and search speak German in a German browser', async ({ page }) => {
  await page.goto('/data');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Exportieren und importieren' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sicherung herunterladen (.json)' })).toBeVisible();

  const file = page.getByLabel('Datei zum Importieren auswählen');
  // A backup from a newer Sidenote: refused, in German, with the place in the file.
  await file.setInputFiles({
    name: 'neu.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup(3)),
  });
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(
    '„neu.json“ wurde nicht importiert. Deine Daten sind unverändert.',
  );
  const problem = refusal.getByRole('listitem');
  await expect(problem.locator('code')).toHaveText('version');
  await expect(problem).toContainText(
    'Diese Sicherung stammt von einem neueren Sidenote (Version 3); aktualisiere zuerst Sidenote. Dieses liest Sicherungen bis Version 2.',
  );

  // A good one: the preview counts with German plurals, the import says what it wrote.
  await file.setInputFiles({
    name: 'sicherung.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup(1)),
  });
  const preview = page.getByRole('region', { name: 'Vorschau des Imports' });
  await expect(preview).toContainText('„sicherung.json“: neu: 2 Schlagwörter.');
  await preview.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText('Importiert: 2 Schlagwörter.')).toBeVisible();

  await page.goto('/notebook');
  await expect(page.getByRole('heading', { level: 1, name: 'Notizbuch' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Noch keine Markierungen' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Schlagwörter × Artikel' })).toBeVisible();

  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Wiederholen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nichts ist fällig' })).toBeVisible();

  await page.goto('/search?q=Zeitenwendexyz');
  await expect(page.getByRole('searchbox', { name: /durchsuchen$/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Nichts gefunden für „Zeitenwendexyz“' }),
  ).toBeVisible();
});
