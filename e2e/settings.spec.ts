import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { selectPhrase, selectionToolbar } from './pages/annotations';
import { expectTheme, preferTheme, seriousViolations } from './pages/axe';
import { ReaderPage } from './pages/reader-page';
import { SettingsPage } from './pages/settings-page';

const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';

test('a new meaning for colour 1 is saved when the field is left and offered in the reader', async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(settings.meaning(1)).toHaveValue('Key claim');
  await settings.renameColour(1, 'Kernaussage');
  await expect(settings.meaning(2)).toBeFocused();
  await settings.expectSaved(1);

  await page.reload();
  await expect(settings.meaning(1)).toHaveValue('Kernaussage');
  await expect(settings.meaning(2)).toHaveValue('Evidence');

  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  await selectPhrase(reader.article, STOLTENBERG);
  const toolbar = selectionToolbar(page);
  const button = toolbar.getByRole('button', { name: 'Highlight as “Kernaussage” (1)' });
  await expect(button).toBeVisible();
  await expect(toolbar.getByRole('button', { name: /Key claim/ })).toHaveCount(0);
  await button.click();
  await expect(reader.sidebar.card(STOLTENBERG)).toContainText('Kernaussage');
});

test('Enter saves a meaning too; an empty meaning is not saved', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  const field = settings.meaning(3);
  await field.fill('Hintergrund');
  await field.press('Enter');
  await settings.expectSaved(3);
  await expect(field).toBeFocused();
  await page.reload();
  await expect(settings.meaning(3)).toHaveValue('Hintergrund');

  await settings.meaning(3).fill('   ');
  await settings.meaning(3).press('Enter');
  await expect(settings.meaning(3)).toHaveAccessibleDescription(/Give the colour a meaning/);
  await settings.meaning(3).press('Tab');
  await expect(settings.meaning(3)).toHaveValue('Hintergrund');
  await page.reload();
  await expect(settings.meaning(3)).toHaveValue('Hintergrund');
});

test('a meaning typed just before a reload is kept and saved', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.meaning(4).fill('Gegenargument');
  await page.reload();
  await expect(settings.meaning(4)).toHaveValue('Gegenargument');
  await settings.expectSaved(4);
  await page.reload();
  await expect(settings.meaning(4)).toHaveValue('Gegenargument');
});

test('the storage section says how much space is used', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(settings.storage).toBeVisible();
  const used = settings.storage.getByRole('definition').filter({ hasText: 'available' });
  await expect(settings.storage.getByText('Space used', { exact: true })).toBeVisible();
  await expect(used).toHaveText(/^\d+(\.\d)? (KB|MB|GB) of \d+(\.\d)? (KB|MB|GB) available$/);
  await expect(settings.storage.getByText('Kept when space runs low')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`settings in ${theme} has no serious accessibility violations`, async ({ page }) => {
    await preferTheme(page, theme);
    const settings = new SettingsPage(page);
    await settings.goto();
    await expectTheme(page, theme);
    await expect(settings.meaning(5)).toBeVisible();
    await expect(settings.storage.getByText('Space used', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the reader’s colour legend renames a meaning with the same field', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  await page.getByRole('button', { name: 'Rename' }).click();
  const settings = new SettingsPage(page);
  await settings.meaning(2).fill('Beleg');
  await settings.meaning(2).press('Enter');
  await settings.expectSaved(2);
  await page.getByRole('button', { name: 'Done' }).click();
  const legend = page.getByRole('list', { name: 'Filter by colour' });
  await expect(legend.getByRole('button', { name: /Beleg/ })).toBeVisible();
  await settings.goto();
  await expect(settings.meaning(2)).toHaveValue('Beleg');
});
