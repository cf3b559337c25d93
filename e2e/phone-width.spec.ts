import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';

/**
 * On the narrowest phones in use (320 px) no page is wider than the screen, with the German
 * interface's longer words too: a page that scrolls sideways moves under the reader's thumb.
 * The library's cards, the settings' storage button and the export cards did, in German.
 */
test.use({ locale: 'de-DE', viewport: { width: 320, height: 700 } });

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const VIEWS: { path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/',
    ready: (page) =>
      expect(page.getByRole('list', { name: /Artikel/ }).getByRole('article')).toHaveCount(5),
  },
  {
    path: '/settings',
    ready: (page) => expect(page.getByTestId('storage-persisted')).toBeVisible(),
  },
  {
    path: '/data',
    ready: (page) =>
      expect(page.getByRole('button', { name: /Sicherung herunterladen/ })).toBeVisible(),
  },
  {
    path: `/read/${SEEDS.nuclear.id}`,
    ready: (page) => expect(page.getByText(SEEDS.nuclear.sentence)).toBeVisible(),
  },
  {
    path: `/compare/${SEEDS.nuclear.id}/${SEEDS.response.id}`,
    ready: (page) => expect(page.getByRole('heading', { name: SEEDS.nuclear.title })).toBeVisible(),
  },
  {
    path: '/notebook',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
  {
    path: '/search?q=NATO',
    ready: (page) => expect(page.getByText(/\d+ Treffer/)).toBeVisible(),
  },
  { path: '/tags', ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible() },
];

test('no page scrolls sideways on a 320 px phone in German', async ({ page }) => {
  for (const view of VIEWS) {
    await page.goto(view.path);
    await view.ready(page);
    expect(await sideways(page), `${view.path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});
