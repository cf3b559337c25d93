import { expect, test } from '@playwright/test';
import { SyncServerProcess } from './sync-server';

/**
 * The Sync page in German (issue 13): joining with an invite link, the state, the group card, the
 * top bar's Sync link and an answer of the sync server, said by its code, all in German.
 */

test.use({ locale: 'de-DE' });

let server: SyncServerProcess;
test.beforeAll(async () => {
  server = await SyncServerProcess.start();
});
test.afterAll(async () => {
  await server.stop();
});

test('joining and syncing speak German, the server’s refusals too', async ({ page }) => {
  await page.goto(server.invite('Anna', { group: 'Seminar' }));
  await expect(
    page.getByRole('heading', { name: 'Dieses Gerät zur Synchronisierung von Anna hinzufügen' }),
  ).toBeVisible();
  // The invite's expiry in German: "13. Dezember 2026".
  await expect(page.locator('dt', { hasText: 'Gültig bis' }).locator('+ dd')).toHaveText(
    /^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/,
  );
  await page.getByRole('button', { name: 'Beitreten' }).click();

  await expect(page.getByTestId('sync-state')).toHaveText('Alles aktuell.');
  await expect(page.getByRole('link', { name: 'Synchronisierung: aktuell' })).toBeVisible();
  const group = page.getByRole('article', { name: 'Gruppe Seminar' });
  await expect(group).toContainText('du leitest die Gruppe');

  await page.getByRole('button', { name: 'Gerät hinzufügen' }).click();
  await expect(page.getByText(/^Öffne diesen Link auf dem anderen Gerät/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Einladungslink' })).toHaveValue(/invite=/);

  // The server refuses a second group of the same name; it is said in German.
  await page.getByRole('textbox', { name: 'Neue Gruppe' }).fill('Seminar');
  await page.getByRole('button', { name: 'Gruppe erstellen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Seminar' })).toHaveText(
    'Eine Gruppe namens „Seminar“ gibt es schon.',
  );
});
