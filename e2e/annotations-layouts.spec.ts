import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import {
  AnnotationsPanel,
  HighlightedText,
  selectPhrase,
  selectionToolbar,
  storedHighlightCount,
} from './pages/annotations';
import { ComparePage } from './pages/compare-page';
import { ReaderPage } from './pages/reader-page';

const LEFT_QUOTE = SEEDS.nuclear.sentence;
const RIGHT_QUOTE = 'NATO-Außenminister trafen sich am Freitag virtuell';

test('side by side: each pane highlights, and each pane’s panel lists only its own', async ({
  page,
}) => {
  await new ComparePage(page).goto(SEEDS.nuclear.id, SEEDS.response.id);
  const leftPane = page.getByRole('region', { name: 'Left article' });
  const rightPane = page.getByRole('region', { name: 'Right article' });
  const left = new HighlightedText(page, leftPane.locator('article[lang]'));
  const right = new HighlightedText(page, rightPane.locator('article[lang]'));
  await expect(right.scope).toContainText(RIGHT_QUOTE);
  await expect(page.getByRole('button', { name: 'Highlights in the left article' })).toBeVisible();
  expect(await storedHighlightCount(page)).toBe(0);

  const leftId = await left.highlight(LEFT_QUOTE, 3);
  const rightId = await right.highlight(RIGHT_QUOTE, 1);
  await left.expectText(leftId, LEFT_QUOTE);
  await right.expectText(rightId, RIGHT_QUOTE);
  expect(await left.ids()).toEqual([leftId]);
  expect(await right.ids()).toEqual([rightId]);

  for (const [side, pane, quote] of [
    ['left', leftPane, LEFT_QUOTE],
    ['right', rightPane, RIGHT_QUOTE],
  ] as const) {
    await pane.getByRole('button', { name: `Highlights in the ${side} article (1)` }).click();
    const dialog = page.getByRole('dialog', { name: `Notes and highlights, ${side} article` });
    const panel = new AnnotationsPanel(dialog);
    await panel.expectQuotes([quote]);
    await dialog.getByRole('button', { name: 'Back to the text' }).click();
    await expect(dialog).toBeHidden();
  }
});

test('side by side: keyboard only, Tab into a pane’s text and select with Shift+Ctrl+→', async ({
  page,
}) => {
  await new ComparePage(page).goto(SEEDS.nuclear.id, SEEDS.response.id);
  const pane = page.getByRole('region', { name: 'Left article' });
  const left = new HighlightedText(page, pane.locator('article[lang]'));
  await expect(left.scope).toContainText(LEFT_QUOTE);
  const text = pane.getByRole('region', { name: 'Text of the left article' });
  const inText = async () =>
    (await text.count()) === 1 && (await text.evaluate((el) => el === document.activeElement));
  for (let i = 0; i < 20 && !(await inText()); i++) await page.keyboard.press('Tab');
  await expect(text, 'Tab reaches the left article’s text').toBeFocused({ timeout: 1000 });

  const id = await left.newHighlight(async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await expect(selectionToolbar(page)).toBeVisible();
    await page.keyboard.press('h');
  });
  const words = (await left.textOf(id)).split(/\s+/);
  expect(words.length).toBeGreaterThanOrEqual(2);
  await expect(left.scope.locator('[data-start]').first()).toContainText(words.join(' '));
  await pane.getByRole('button', { name: 'Highlights in the left article (1)' }).click();
  await new AnnotationsPanel(
    page.getByRole('dialog', { name: 'Notes and highlights, left article' }),
  ).expectQuotes([await left.textOf(id)]);
});

test('on a phone (390×844) the Highlights button opens the panel as a dialog', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const reader = new ReaderPage(page);
  await reader.goto(SEEDS.response.id);
  await expect(reader.sidebar.root).toBeHidden();
  const open = page.getByRole('button', { name: 'Highlights', exact: true });
  await expect(open).toBeVisible();
  expect(await storedHighlightCount(page)).toBe(0);

  const id = await reader.text.newHighlight(async () => {
    await selectPhrase(reader.article, RIGHT_QUOTE);
    const toolbar = selectionToolbar(page);
    await expect(toolbar).toBeVisible();
    const box = await toolbar.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await toolbar.getByRole('button', { name: 'Highlight as “Key claim” (1)' }).click();
  });
  await reader.text.expectText(id, RIGHT_QUOTE);

  await page.getByRole('button', { name: 'Highlights (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Notes and highlights' });
  await expect(dialog).toBeVisible();
  const panel = new AnnotationsPanel(dialog);
  await panel.expectQuotes([RIGHT_QUOTE]);
  const dialogBox = await dialog.boundingBox();
  expect(dialogBox && dialogBox.width <= 390).toBe(true);
  await dialog.getByRole('button', { name: 'Close notes and highlights' }).click();
  await expect(dialog).toBeHidden();
});
