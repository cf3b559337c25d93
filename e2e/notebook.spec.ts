import { expect, test } from '@playwright/test';
import { expectTheme, preferTheme, seriousViolations } from './pages/axe';
import { NotebookPage } from './pages/notebook-page';
import { ReaderPage } from './pages/reader-page';
import { makeSampleHighlights, SAMPLE } from './pages/sample-highlights';
import { TagsManagerPage } from './pages/tags-page';

const { warning, stoltenberg, reply } = SAMPLE;

test('the notebook lists highlights by article in reading order, regroups by tag and filters by colour, kept on reload', async ({
  page,
}) => {
  await makeSampleHighlights(page);
  const notebook = new NotebookPage(page);
  await notebook.goto();

  // By article (the default): the library's order, then the order in the text.
  await expect(notebook.grouping('Article')).toBeChecked();
  await expect(notebook.count).toHaveText('3 highlights');
  await notebook.expectGroups([
    [warning.article.title, 1],
    [reply.article.title, 2],
  ]);
  await notebook.expectQuotes([warning.quote, stoltenberg.quote, reply.quote]);
  await expect(notebook.entry(stoltenberg.quote)).toContainText(stoltenberg.label);
  await expect(notebook.entry(warning.quote)).toContainText(warning.tag);

  // By tag: the tagged highlight under its tag, the others last under "No tag".
  await notebook.groupByLabel('Tag');
  await expect(page).toHaveURL(/[?&]group=tag(&|$)/);
  await notebook.expectGroups([
    [warning.tag, 1],
    ['No tag', 2],
  ]);
  await notebook.expectQuotes([warning.quote, stoltenberg.quote, reply.quote]);

  // A colour filter narrows the list and shows a chip that removes it.
  await notebook.colourFilter.selectOption({ label: stoltenberg.label });
  await expect(notebook.count).toHaveText('1 of 3 highlights');
  await expect(notebook.filterChip(stoltenberg.label)).toBeVisible();
  await notebook.expectGroups([['No tag', 1]]);
  await notebook.expectQuotes([stoltenberg.quote]);
  await expect(page).toHaveURL(/[?&]color=[^&]+/);

  await page.reload();
  await expect(notebook.grouping('Tag')).toBeChecked();
  await expect(notebook.count).toHaveText('1 of 3 highlights');
  await expect(notebook.filterChip(stoltenberg.label)).toBeVisible();
  await notebook.expectQuotes([stoltenberg.quote]);

  await notebook.filterChip(stoltenberg.label).click();
  await expect(notebook.filterChip(stoltenberg.label)).toHaveCount(0);
  await expect(notebook.count).toHaveText('3 highlights');
  await expect(page).not.toHaveURL(/color=/);
  await expect(notebook.grouping('Tag')).toBeChecked();
  await expect(notebook.entries).toHaveCount(3);
});

test("an entry's quote opens the passage in the reader, scrolled into view", async ({ page }) => {
  const ids = await makeSampleHighlights(page);
  const reader = new ReaderPage(page);
  // The reader was left at the top, where the passage is out of sight.
  await expect(reader.text.marksOf(ids.reply)).not.toBeInViewport();

  const notebook = new NotebookPage(page);
  await notebook.goto();
  await notebook.quoteLink(reply.quote).click();
  await expect(page).toHaveURL(`/read/${reply.article.id}#h-${ids.reply}`);
  await expect(reader.article).toBeVisible();
  const mark = reader.text.marksOf(ids.reply);
  await expect(mark).toHaveText(reply.quote);
  await expect(mark).toBeInViewport();
  await expect(reader.sidebar.quoteButton(reader.sidebar.card(reply.quote))).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('Tags × articles counts tagged highlights per article; a cell opens them as a filtered list', async ({
  page,
}) => {
  await makeSampleHighlights(page);
  const notebook = new NotebookPage(page);
  await notebook.goto();
  await notebook.matrixTab.click();
  await expect(notebook.matrixTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/[?&]view=matrix/);
  await expect(notebook.matrix).toBeVisible();
  await expect(notebook.matrix.getByRole('rowheader')).toHaveText([warning.tag]);
  // Only one article has a highlight tagged so: the other cells are empty.
  await expect(notebook.matrix.getByRole('row', { name: new RegExp(warning.tag) })).toBeVisible();
  await expect(notebook.matrix.getByRole('button')).toHaveCount(1);

  const cell = notebook.matrixCell(1, warning.tag, warning.article.title);
  await expect(cell).toHaveText('1');
  await cell.click();

  await expect(notebook.listTab).toHaveAttribute('aria-selected', 'true');
  await expect(notebook.count).toHaveText('1 of 3 highlights');
  await expect(notebook.filterChip(`#${warning.tag}`)).toBeVisible();
  await expect(notebook.filterChip(warning.article.title)).toBeVisible();
  await notebook.expectQuotes([warning.quote]);
  // The tag is named in the address, so the link reads and shares well.
  expect(new URL(page.url()).searchParams.get('tag')).toBe(warning.tag);
  await expect(page).toHaveURL(/[?&]article=[^&]+/);
  await page.reload();
  await expect(notebook.count).toHaveText('1 of 3 highlights');
  await expect(page).not.toHaveURL(/view=matrix/);
});

// Regression: the list a cell opens used to let in every highlight of an article that carries
// the tag, so a cell counting 1 opened 2.
test('a Tags × articles cell opens exactly the highlights it counts', async ({ page }) => {
  await makeSampleHighlights(page);
  // The article itself is tagged too, and has a second, untagged highlight.
  const reader = new ReaderPage(page);
  await reader.goto(warning.article.id);
  const articleTags = page.getByRole('combobox', { name: 'Article tags' });
  await articleTags.fill(warning.tag);
  await articleTags.press('Enter');
  await expect(
    page
      .getByRole('region', { name: 'About this article' })
      .getByRole('button', { name: `Remove tag ${warning.tag}` }),
  ).toBeVisible();
  const other = 'beschleunigen die NATO-Mächte die Vorbereitungen';
  await reader.text.highlight(other, 4);

  const notebook = new NotebookPage(page);
  await notebook.goto('?view=matrix');
  const cell = notebook.matrixCell(1, warning.tag, warning.article.title);
  await expect(cell).toBeVisible();
  await cell.click();
  await expect(notebook.count).toHaveText('1 of 4 highlights');
  await notebook.expectQuotes([warning.quote]);
});

test('grouped by outlet on a phone in German, the four “group by” choices fit the screen', async ({
  page,
}) => {
  await makeSampleHighlights(page);
  await page.evaluate(() => {
    const key = 'sidenote.preferences';
    const saved = JSON.parse(localStorage.getItem(key) ?? '{"state":{},"version":1}') as {
      state: Record<string, unknown>;
    };
    saved.state.language = 'de';
    localStorage.setItem(key, JSON.stringify(saved));
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/notebook?group=outlet');
  const groupBy = page.getByRole('group', { name: 'Gruppieren nach' });
  await expect(groupBy.getByRole('radio', { name: 'Medium', exact: true })).toBeChecked();
  const list = page.getByRole('region', { name: 'Markierungen', exact: true });
  await expect(list.getByRole('heading', { level: 2 })).toHaveText([
    /^WSWS\.ORG\s*1$/,
    /^Ohne Medium\s*2$/,
  ]);
  // The last choice was cut off at the screen's edge, the page scrolling sideways.
  const last = groupBy.locator('label').filter({ hasText: /^Medium$/ });
  const box = await last.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});

test('with no highlights the notebook says how to make one', async ({ page }) => {
  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expect(page.getByRole('heading', { level: 2, name: 'No highlights yet' })).toBeVisible();
  await expect(notebook.list).toHaveCount(0);
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  // Regression: the list used to be a role="feed" holding group headings (axe: aria-required-children).
  test(`the notebook list in ${theme} has no serious accessibility violations`, async ({
    page,
  }) => {
    await preferTheme(page, theme);
    await makeSampleHighlights(page);
    const notebook = new NotebookPage(page);
    await notebook.goto();
    await expectTheme(page, theme);
    await expect(notebook.entries).toHaveCount(3);
    await notebook.colourFilter.selectOption({ label: stoltenberg.label });
    await expect(notebook.filterChip(stoltenberg.label)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the notebook's Tags × articles in ${theme} has no serious accessibility violations`, async ({
    page,
  }) => {
    await preferTheme(page, theme);
    await makeSampleHighlights(page);
    const notebook = new NotebookPage(page);
    await notebook.goto('?view=matrix');
    await expectTheme(page, theme);
    await expect(notebook.matrixCell(1, warning.tag, warning.article.title)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the tag manager with tags in ${theme} has no serious accessibility violations`, async ({
    page,
  }) => {
    await preferTheme(page, theme);
    await makeSampleHighlights(page);
    const tags = new TagsManagerPage(page);
    await tags.goto();
    await expectTheme(page, theme);
    await expect(tags.row(warning.tag)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
