import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { dragOver, selectPhrase, selectionToolbar } from './pages/annotations';
import { ReaderPage } from './pages/reader-page';

const RESPONSE = SEEDS.response.id;
/** From the first two body paragraphs of seed 003. */
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';
const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';

test('a mouse drag and a colour in the toolbar highlight whole words, kept in reading order', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);

  // Drag from inside "Generalsekretär" to inside "Stoltenberg".
  const later = await reader.text.newHighlight(async () => {
    await dragOver(page, reader.article, 'eneralsekretär Jens Stoltenbe');
    const toolbar = selectionToolbar(page);
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: 'Highlight as “Evidence” (2)' }).click();
  });
  await reader.text.expectText(later, STOLTENBERG);
  await expect(reader.text.marksOf(later).first()).toHaveClass(/swatch-green/);
  await expect(selectionToolbar(page)).toBeHidden();
  await expect(reader.sidebar.card(STOLTENBERG)).toContainText('Evidence');
  await reader.sidebar.expectQuotes([STOLTENBERG]);

  // A second highlight, made later but earlier in the text, is listed first.
  const earlier = await reader.text.highlight(MINISTERS, 1);
  await reader.text.expectText(earlier, MINISTERS);
  await expect(reader.sidebar.cards).toHaveCount(2);
  await reader.sidebar.expectQuotes([MINISTERS, STOLTENBERG]);
  await expect(reader.sidebar.root).toContainText('2 highlights, in reading order');

  await page.reload();
  await expect(reader.sidebar.cards).toHaveCount(2);
  await reader.sidebar.expectQuotes([MINISTERS, STOLTENBERG]);
  await reader.text.expectText(later, STOLTENBERG);
  await reader.text.expectText(earlier, MINISTERS);
  await expect(reader.text.marksOf(earlier).first()).toHaveClass(/swatch-yellow/);
});

test('keyboard only: a caret anywhere in the text, a selection from it, focus back after a colour', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const region = page.getByRole('region', { name: 'Article text' });
  await region.focus();

  // Arrows move a visible caret: three paragraphs down, to the line's end, two words back.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('keyboard-caret')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+ArrowLeft');
  const paragraphOfCaret = () =>
    page.evaluate(() => {
      const node = document.getSelection()?.focusNode;
      const p = (node instanceof Element ? node : node?.parentElement)?.closest('[data-start]');
      return Array.from(document.querySelectorAll('[data-start]')).indexOf(p as Element);
    });
  expect(await paragraphOfCaret()).toBeGreaterThan(0);

  // Shift+Ctrl+→ selects from the caret, not from the top of the article.
  const made = await reader.text.newHighlight(async () => {
    await page.keyboard.press('Control+Shift+ArrowRight');
    const toolbar = selectionToolbar(page);
    await expect(toolbar).toBeVisible();
    // Tab to the toolbar, choose a colour with Enter: focus comes back to the text.
    await page.keyboard.press('Tab');
    await expect(toolbar.getByRole('button').first()).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  });
  await expect(reader.text.marksOf(made).first()).toHaveClass(/swatch-green/);
  // In the paragraph the caret was moved to, not the first one.
  const markParagraph = await reader.text
    .marksOf(made)
    .first()
    .evaluate((mark) =>
      Array.from(document.querySelectorAll('[data-start]')).indexOf(
        mark.closest('[data-start]') as Element,
      ),
    );
  expect(markParagraph).toBeGreaterThan(0);
  await expect(region).toBeFocused();

  // Home and Ctrl+Home move the caret too; Page Down moves it a screen on and scrolls there.
  await page.keyboard.press('Control+Home');
  expect(await paragraphOfCaret()).toBe(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  expect(await paragraphOfCaret()).toBeGreaterThan(0);
});

test('a toolbar whose selection scrolled away stays below the top bar', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await selectPhrase(reader.article, MINISTERS);
  const toolbar = selectionToolbar(page);
  await expect(toolbar).toBeVisible();
  await page.mouse.wheel(0, 2000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const header = await page.locator('header').first().boundingBox();
  await expect
    .poll(async () => (await toolbar.boundingBox())?.y ?? -1)
    .toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
});

test('keyboard only: Tab to the text, Shift+Ctrl+→ selects words, h and 2 highlight', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const region = page.getByRole('region', { name: 'Article text' });
  const inText = async () =>
    (await region.count()) === 1 && (await region.evaluate((el) => el === document.activeElement));
  for (let i = 0; i < 30 && !(await inText()); i++) await page.keyboard.press('Tab');
  await expect(region, 'Tab reaches the article text').toBeFocused({ timeout: 1000 });

  const first = await reader.text.newHighlight(async () => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await expect(selectionToolbar(page)).toBeVisible();
    await page.keyboard.press('h');
  });
  // Three words from the start of the first paragraph in view.
  const words = (await reader.text.textOf(first)).split(/\s+/);
  expect(words.length).toBeGreaterThanOrEqual(2);
  await expect(reader.article.locator('[data-start]').first()).toContainText(words.join(' '));
  await expect(reader.text.marksOf(first).first()).toHaveClass(/swatch-yellow/);
  await expect(reader.sidebar.cards).toHaveCount(1);

  // Further down, a selection and "2" highlight with the second colour.
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const second = await reader.text.newHighlight(async () => {
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await expect(selectionToolbar(page)).toBeVisible();
    await page.keyboard.press('2');
  });
  await expect(reader.text.marksOf(second).first()).toHaveClass(/swatch-green/);
  await expect(reader.sidebar.cards).toHaveCount(2);
  await expect(reader.sidebar.card(await reader.text.textOf(second))).toContainText('Evidence');
});

test('shortcuts with a selection: h uses the current colour, 2 the second colour', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const press = (phrase: string, key: string) =>
    reader.text.newHighlight(async () => {
      await selectPhrase(reader.article, phrase);
      await expect(selectionToolbar(page)).toBeVisible();
      await page.keyboard.press(key);
    });
  const yellow = await press(MINISTERS, 'h');
  await expect(reader.text.marksOf(yellow)).toHaveClass(/swatch-yellow/);
  const green = await press(STOLTENBERG, '2');
  await expect(reader.text.marksOf(green)).toHaveClass(/swatch-green/);
  await expect(reader.sidebar.card(STOLTENBERG)).toContainText('Evidence');
  // The colour last used is the current one now.
  const next = await press('Russland reagierte', 'h');
  await expect(reader.text.marksOf(next)).toHaveClass(/swatch-green/);
  await expect(reader.sidebar.cards).toHaveCount(3);
});

test('overlapping highlights: the overlap lists both, clicks pick the shorter, then the other', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const inner = 'trafen sich am Freitag';
  const short = await reader.text.highlight(inner, 2);
  const long = await reader.text.highlight(MINISTERS, 3);
  await reader.text.expectText(short, inner);
  await reader.text.expectText(long, MINISTERS);
  await expect(reader.sidebar.cards).toHaveCount(2);

  const overlap = reader.article.locator('mark[data-overlap]');
  await expect(overlap).toHaveCount(1);
  await expect(overlap).toHaveText(inner);
  const ids = (await overlap.getAttribute('data-highlight-ids'))?.split(' ');
  expect(ids?.sort()).toEqual([short, long].sort());

  const shortCard = reader.sidebar.quoteButton(reader.sidebar.card(inner));
  const longCard = reader.sidebar.quoteButton(reader.sidebar.card(MINISTERS));
  await page.keyboard.press('Escape'); // nothing in focus
  await expect(shortCard).toHaveAttribute('aria-expanded', 'false');
  await expect(longCard).toHaveAttribute('aria-expanded', 'false');

  await overlap.click();
  await expect(shortCard).toHaveAttribute('aria-expanded', 'true');
  await expect(longCard).toHaveAttribute('aria-expanded', 'false');
  await overlap.click();
  await expect(longCard).toHaveAttribute('aria-expanded', 'true');
  await expect(shortCard).toHaveAttribute('aria-expanded', 'false');
  await overlap.click();
  await expect(shortCard).toHaveAttribute('aria-expanded', 'true');
});

test('a link to #h-<id> scrolls the highlight into view on a fresh load', async ({ context }) => {
  const page = await context.newPage();
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const quote = 'Russland reagierte, indem es die Arbeit der NATO-Mission aussetzte';
  const id = await reader.text.highlight(quote);
  await page.evaluate(() => window.scrollTo(0, 0));
  await reader.expectPlaceSaved(RESPONSE, 'top');
  await page.close();

  const fresh = await context.newPage();
  const again = new ReaderPage(fresh);
  await fresh.goto(`/read/${RESPONSE}#h-${id}`);
  const mark = again.text.marksOf(id);
  await expect(mark).toHaveText(quote);
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveAttribute('data-focused', '');
  await expect(again.sidebar.quoteButton(again.sidebar.card(quote))).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // The sidebar card is in view too, not only the text.
  await expect(again.sidebar.card(quote)).toBeInViewport();
});

// App gap: product.md (journey 2) says "Enter or a shortcut highlights"; the reader's key handler
// knows h and 1–5 only, so Enter with a selection does nothing.
test('Enter with a selection highlights in the current colour', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  const id = await reader.text.newHighlight(async () => {
    await selectPhrase(reader.article, MINISTERS);
    await expect(selectionToolbar(page)).toBeVisible();
    await page.keyboard.press('Enter');
  });
  await reader.text.expectText(id, MINISTERS);
});
