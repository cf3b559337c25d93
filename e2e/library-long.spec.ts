import { expect, test, type Page } from '@playwright/test';
import { LibraryPage } from './pages/library-page';

// A library far longer than a screen (as in benchmark row 6): the list is virtualised, so only
// the cards near the window are in the DOM. What a person sees and does must not change.
const COUNT = 2_000;
const DAY = 86_400_000;
const id = (i: number) => `synthetic-${String(i).padStart(4, '0')}`;
const title = (i: number) => `Langer Artikel ${String(i).padStart(4, '0')} über die Lage`;

function longManifest() {
  return {
    format: 'sidenote-seed-manifest',
    version: 1,
    generatedAt: '2025-01-01T00:00:00.000Z',
    articles: Array.from({ length: COUNT }, (_, i) => ({
      id: id(i),
      file: `${id(i)}.txt`,
      size: 4_000,
      sha256: 'ab'.repeat(32),
      summary: {
        title: title(i),
        titleSource: 'text',
        source: 'Telepolis',
        // One day apart, so newest first puts the highest number first.
        date: {
          iso: new Date(Date.UTC(2015, 0, 1) + i * DAY).toISOString().slice(0, 10),
          precision: 'day',
        },
        language: 'de',
        wordCount: 600,
        readingMinutes: 3,
        excerpt: `Der ${i + 1}. Text einer langen Liste, der zeigt, dass jede Karte erreichbar bleibt.`,
      },
    })),
  };
}

async function openLongLibrary(page: Page) {
  const body = JSON.stringify(longManifest());
  await page.route('**/seeds/manifest.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.cards.first()).toContainText(title(COUNT - 1));
  // The first cards are drawn plainly until the virtual list's code is in; wait for it.
  await expect(library.cards.first()).toHaveAttribute('aria-setsize', String(COUNT));
  return library;
}

test('the first cards of 2,000 show at once, each with its place in the whole list', async ({
  page,
}) => {
  const library = await openLongLibrary(page);
  await expect(page.getByText(`${COUNT.toLocaleString('en-US')} articles`)).toBeVisible();
  await expect(library.cards.first()).toBeInViewport();
  await expect(library.cards.nth(1)).toContainText(title(COUNT - 2));
  await expect(library.cards.first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(library.cards.first()).toHaveAttribute('aria-posinset', '1');
  const drawn = await library.cards.count();
  expect(drawn).toBeGreaterThan(2);
  expect(drawn).toBeLessThan(40);
});

test('scrolling to the end of the page shows the last article', async ({ page }) => {
  const library = await openLongLibrary(page);
  const last = library.list.getByRole('link', { name: title(0) });
  // Heights are estimated until cards are drawn, so the page may grow or shrink on the way.
  await expect
    .poll(
      async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        return last.isVisible();
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const item = library.cards.filter({ hasText: title(0) });
  await expect(item).toHaveAttribute('aria-posinset', String(COUNT));
  await expect(item).toBeInViewport();
  await expect(library.list.getByRole('link', { name: title(COUNT - 1) })).toHaveCount(0);
});

test('Tab goes through the cards one after another, far beyond the first screen', async ({
  page,
}) => {
  const library = await openLongLibrary(page);
  // Tags load from the database; until then their buttons are disabled and skipped.
  await expect(
    page.getByRole('button', { name: `Edit tags of “${title(COUNT - 1)}”` }),
  ).toBeEnabled();
  const onFirstScreen = await library.cards.evaluateAll(
    (items) => items.filter((li) => li.getBoundingClientRect().top < window.innerHeight).length,
  );
  await library.list.getByRole('link', { name: title(COUNT - 1) }).focus();
  const positions: number[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    positions.push(await library.focusedPosition());
  }
  // Three stops per card (title, Tags, Side by side), never leaving the list, never skipping.
  expect(positions).not.toContain(-1);
  positions.forEach((p, i) => {
    const before = positions[i - 1] ?? 1;
    expect(p - before).toBeGreaterThanOrEqual(0);
    expect(p - before).toBeLessThanOrEqual(1);
  });
  expect(positions.at(-1)).toBeGreaterThan(onFirstScreen + 10);
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();
  expect(await focused.evaluate((el) => el.matches(':focus-visible'))).toBe(true);

  // And back again.
  const far = positions.at(-1) ?? 0;
  for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+Tab');
  const back = await library.focusedPosition();
  expect(back).toBeGreaterThanOrEqual(far - 10);
  expect(back).toBeLessThan(far);
  await expect(page.locator(':focus')).toBeInViewport();
});

test('a card’s Side by side list opens over the cards below it and opens the pair', async ({
  page,
}) => {
  const library = await openLongLibrary(page);
  const own = title(COUNT - 2);
  await library.sideBySide(own).click();
  const dialog = page.getByRole('dialog', { name: 'Open next to this article' });
  await expect(dialog).toBeVisible();
  // It reaches down over the next card, and is drawn on top of it.
  const next = await library.cards.nth(2).boundingBox();
  const panel = await dialog.boundingBox();
  expect(panel && next && panel.y + panel.height > next.y).toBe(true);
  await library.expectOnTop(dialog);
  await expect(dialog.getByRole('button', { name: own })).toHaveCount(0);
  await dialog.getByRole('button', { name: title(COUNT - 3) }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/${id(COUNT - 2)}/${id(COUNT - 3)}$`));
});

test('a card’s tag editor stays open and on top while the list scrolls under it', async ({
  page,
}) => {
  const library = await openLongLibrary(page);
  const own = title(COUNT - 1);
  const trigger = page.getByRole('button', { name: `Edit tags of “${own}”` });
  await expect(trigger).toBeEnabled();
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: `Tags of “${own}”` });
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await library.expectOnTop(dialog);
  // Far away and back: the card that holds focus is kept, with its open editor.
  await page.evaluate(() => window.scrollTo(0, 30_000));
  await expect
    .poll(() =>
      library.cards.evaluateAll((items) =>
        Math.max(...items.map((li) => Number(li.getAttribute('aria-posinset')))),
      ),
    )
    .toBeGreaterThan(100);
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(dialog).toBeVisible();
  await library.expectOnTop(dialog);
  await page.keyboard.press('Escape');
  await expect(trigger).toBeFocused();
});
