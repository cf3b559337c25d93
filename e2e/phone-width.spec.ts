import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { selectPhrase } from './pages/annotations';

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

test('the toolbar by a selection stays on a 320 px screen in German, its buttons within reach', async ({
  page,
}) => {
  await page.goto(`/read/${SEEDS.response.id}`);
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await selectPhrase(page.locator('main article[lang]'), SEEDS.response.sentence);
  const toolbar = page.getByRole('toolbar', { name: 'Auswahl markieren' });
  await expect(toolbar).toBeVisible();
  // It was placed for an English toolbar's width, and "Schlagwort" went past the right edge.
  for (const part of [toolbar, toolbar.getByRole('button', { name: /Schlagwort/ })]) {
    const box = await part.boundingBox();
    expect(box && box.x).toBeGreaterThanOrEqual(0);
    expect(box && box.x + box.width).toBeLessThanOrEqual(320);
  }
});

test('the reader’s and side by side’s top bar keep their buttons apart on 320 and 360 px screens', async ({
  page,
}) => {
  // Their actions ran under Search and More on 320–375 px screens (the brand now gives way).
  const overlaps = () =>
    page.getByRole('banner').evaluate((bar) => {
      const boxes = Array.from(bar.querySelectorAll('a, button'))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      return boxes.some((a, i) =>
        boxes.some((b, j) => j > i && a.left < b.right - 1 && b.left < a.right - 1),
      );
    });
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 700 });
    for (const path of [
      `/read/${SEEDS.response.id}`,
      `/compare/${SEEDS.nuclear.id}/${SEEDS.response.id}`,
    ]) {
      await page.goto(path);
      await expect(page.locator('[data-prerendered]')).toHaveCount(0);
      expect(await overlaps(), `${path} at ${width} px`).toBe(false);
    }
  }
});

test('a menu opened from the reader’s top bar stays on a phone’s screen in German', async ({
  page,
}) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/read/${SEEDS.nuclear.id}`);
    await expect(page.getByText(SEEDS.nuclear.sentence)).toBeVisible();
    await page.getByRole('button', { name: 'Nebeneinander' }).click();
    const panel = page.getByRole('dialog', { name: 'Neben diesem Artikel öffnen' });
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.x, `left edge at ${width} px`).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), `right edge at ${width} px`).toBeLessThanOrEqual(
      width,
    );
    // Its first article can be picked where it is shown.
    await panel.getByRole('button').first().click();
    await expect(page).toHaveURL(/\/compare\//);
  }
});
