import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

// The Markdown renderer is its own chunk (markdown-*.js): a reader with no note on screen does
// without it (Lighthouse counted it as unused JavaScript), and the first note brings it.
const RENDERER = /\/assets\/markdown-[^/]*\.js$/;
const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';

test('the Markdown renderer loads with the first note, not with the reader', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (RENDERER.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);

  await reader.text.highlight(STOLTENBERG);
  const card = await reader.sidebar.writeNote(STOLTENBERG, 'ein **wichtiger** Satz');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(card.locator('strong')).toHaveText('wichtiger');
  expect(fetched).toHaveLength(1);
});
