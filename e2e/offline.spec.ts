import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after the first visit the app installs and works offline, seeds included', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
  // Wait until the service worker controls the page and has precached everything.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await page.evaluate(async () => {
    const res = await fetch('/manifest.webmanifest');
    return res.json();
  });
  expect(manifest.name).toBe('Sidenote');
  expect(manifest.display).toBe('standalone');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
  await page.getByRole('link', { name: SEEDS.nuclear.title }).click();
  await expect(page.locator('main article[lang]')).toContainText(SEEDS.nuclear.sentence);
  // A deep link typed while offline opens too.
  await page.goto(`/read/${SEEDS.response.id}`);
  await expect(page.locator('main article[lang]')).toContainText(SEEDS.response.sentence);
  await context.setOffline(false);
});
