import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildManifest } from '../scripts/seed-manifest';
import { SEEDS } from './fixtures';

/** Five real seeds plus bad files, described by the same manifest builder the build uses. */
async function manifestWithBadFiles() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sidenote-bad-'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x4b, 0xf6, 0x6c, 0x6e, 0x20, 0xe4]));
  const bad = await buildManifest(dir);
  const real = await buildManifest(path.resolve(import.meta.dirname, '../public/seeds'));
  const first = real.articles[0];
  if (!first?.summary) throw new Error('The seeds should parse');
  const missing = {
    ...first,
    id: 'vanished',
    file: 'vanished.txt',
    summary: { ...first.summary, title: 'Ein verschwundener Artikel' },
  };
  return { ...real, articles: [...real.articles, ...bad.articles, missing] };
}

async function serveManifest(page: Page, manifest: unknown) {
  await page.route('**/seeds/manifest.json', (route) => route.fulfill({ json: manifest }));
}

test('bad files get a clear message in the library and never break the others', async ({
  page,
}) => {
  await serveManifest(page, await manifestWithBadFiles());
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(8);
  await expect(list.getByRole('listitem').filter({ hasText: 'empty.txt' })).toContainText(/empty/i);
  await expect(list.getByRole('listitem').filter({ hasText: 'latin1.txt' })).toContainText(/UTF-8/);
  await expect(list.getByRole('link', { name: SEEDS.nato2024.title })).toBeVisible();
});

test('a listed file that is missing says so in the reader', async ({ page }) => {
  await serveManifest(page, await manifestWithBadFiles());
  await page.goto('/read/vanished');
  await expect(page.getByRole('alert')).toContainText('missing');
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('a file that changed into non-UTF-8 bytes after the build is refused with a message', async ({
  page,
}) => {
  await page.route(`**/seeds/${SEEDS.response.id}.txt`, (route) =>
    route.fulfill({ body: Buffer.from([0x66, 0xfc, 0x72, 0x20, 0xff]), contentType: 'text/plain' }),
  );
  await page.goto(`/read/${SEEDS.response.id}`);
  await expect(page.getByRole('alert')).toContainText('UTF-8');
});

test('an unknown article id is explained, not blank', async ({ page }) => {
  await page.goto('/read/no-such-article');
  await expect(page.getByRole('alert')).toContainText('No article is called “no-such-article”');
});

test('an unknown address shows a way back', async ({ page }) => {
  await page.goto('/nowhere/at/all');
  await expect(page.getByRole('alert')).toContainText('This page does not exist');
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('a 5 MB article still opens', async ({ page }) => {
  const paragraph =
    'Die Außenminister der Allianz berieten am Freitag über die Lage in der Ukraine und über weitere Hilfen. ';
  const paragraphs: string[] = ['Ein sehr langer Text', ''];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const p = `Absatz ${i}: ${paragraph.repeat(6)}`;
    paragraphs.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  paragraphs.push('Das ist das Ende des Textes.');
  const body = paragraphs.join('\n');
  await page.route(`**/seeds/${SEEDS.stoltenberg.id}.txt`, (route) =>
    route.fulfill({ body, contentType: 'text/plain; charset=utf-8' }),
  );
  await page.goto(`/read/${SEEDS.stoltenberg.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ein sehr langer Text', {
    timeout: 20_000,
  });
  await expect(page.locator('main article')).toContainText('Absatz 0:');
  await page.keyboard.press('End');
  await expect(page.locator('main article')).toContainText('Das ist das Ende des Textes.');
});
