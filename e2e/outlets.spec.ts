import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { expectTheme, preferTheme, seriousViolations } from './pages/axe';
import { LibraryPage } from './pages/library-page';
import { NotebookPage } from './pages/notebook-page';
import { makeSampleHighlights, SAMPLE } from './pages/sample-highlights';
import { SearchPage } from './pages/search-page';
import { ComparePage } from './pages/compare-page';

// Outlets as first-class data (issue 12): 002 credits Reuters, but its page furniture
// ("Guardar", "Infobae") says it is Infobae's page.

const detailsDialog = (page: Page) => page.getByRole('dialog', { name: 'Article details' });

async function openReaderDetails(page: Page) {
  await page.goto(`/read/${SEEDS.nuclear.id}`);
  await expect(page.getByRole('heading', { level: 1, name: SEEDS.nuclear.title })).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await page.getByRole('button', { name: `Details of “${SEEDS.nuclear.title}”` }).click();
  const dialog = detailsDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Outlet', exact: true })).toHaveValue('Infobae');
  return dialog;
}

test('confirm 002’s outlet in the reader, filter the library by it, and keep it over a reload', async ({
  page,
}) => {
  const dialog = await openReaderDetails(page);
  await expect(dialog).toContainText('The file credits Reuters, a news agency');
  await dialog.getByRole('button', { name: 'Confirm Outlet: Infobae' }).click();
  await expect(dialog.getByRole('button', { name: 'Reset to derived: Outlet' })).toBeVisible();
  await expect(dialog.getByText('set by you')).toHaveCount(1);

  // A date that cannot be kept is refused with the reason; what was typed stays.
  await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill('13.10.2022');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('One field needs a change');
  await expect(dialog.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue(
    '13.10.2022',
  );
  await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill('2022-10-13');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // The reader's header shows the outlet and the date as the reader set them.
  const header = page.locator('article header').first();
  await expect(header).toContainText('Infobae · 13. Oktober 2022');

  const library = new LibraryPage(page);
  await library.goto();
  const outlet = page.getByRole('combobox', { name: 'Outlet' });
  await expect(outlet.getByRole('option', { name: 'Infobae (1)' })).toBeAttached();
  await outlet.selectOption('infobae');
  await expect(page).toHaveURL(/\?outlet=infobae$/);
  await expect(library.cards).toHaveCount(1);
  await expect(library.cards.first()).toContainText(SEEDS.nuclear.title);
  await expect(library.cards.first()).toContainText('Infobae · 13. Oktober 2022');
  await expect(page.getByText('1 of 5 articles')).toBeVisible();

  await page.reload();
  await expect(library.cards).toHaveCount(1);
  await expect(outlet).toHaveValue('infobae');
  // The card's Details show the outlet as the reader's own now.
  await page.getByRole('button', { name: `Details of “${SEEDS.nuclear.title}”` }).click();
  await expect(
    detailsDialog(page).getByRole('textbox', { name: 'Outlet', exact: true }),
  ).toHaveValue('Infobae');
  await expect(
    detailsDialog(page).getByRole('button', { name: 'Reset to derived: Outlet' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detailsDialog(page)).toBeHidden();

  await page.getByRole('button', { name: 'Clear filter' }).click();
  await expect(library.cards).toHaveCount(5);
  await expect(page).toHaveURL(/\/$/);

  // Side by side, the pane's header shows the details as the reader set them too.
  await new ComparePage(page).goto(SEEDS.nuclear.id, SEEDS.stoltenberg.id);
  await expect(
    page.getByRole('region', { name: 'Left article' }).locator('article header').first(),
  ).toContainText('Infobae · 13. Oktober 2022');
});

test('the details editor passes an accessibility scan and closes with Escape, back to its button', async ({
  page,
}) => {
  const dialog = await openReaderDetails(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('button', { name: `Details of “${SEEDS.nuclear.title}”` }),
  ).toBeFocused();
});

test('the notebook, Tags × articles and search filter by outlet', async ({ page }) => {
  // Highlights in 000 (WSWS.ORG) and 003 (no outlet in the file).
  await makeSampleHighlights(page);
  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expect(notebook.count).toHaveText('3 highlights');
  await page.getByRole('combobox', { name: 'Filter by outlet' }).selectOption('wsws');
  await expect(page).toHaveURL(/[?&]outlet=wsws(&|$)/);
  await expect(notebook.count).toHaveText('1 of 3 highlights');
  await notebook.expectQuotes([SAMPLE.warning.quote]);
  if (process.env.SCREENSHOTS) {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: 'docs/screenshots/notebook-outlet-desktop-light.png' });
  }
  await page.reload();
  await expect(notebook.count).toHaveText('1 of 3 highlights');
  await page.getByRole('button', { name: 'Remove filter WSWS.ORG' }).click();
  await expect(notebook.count).toHaveText('3 highlights');

  // Grouped by outlet: the outlets by name as the filter names them, "No outlet" last.
  await notebook.groupBy
    .locator('label')
    .filter({ hasText: /^Outlet$/ })
    .click();
  await expect(notebook.groupBy.getByRole('radio', { name: 'Outlet', exact: true })).toBeChecked();
  await expect(page).toHaveURL(/[?&]group=outlet(&|$)/);
  await notebook.expectGroups([
    ['WSWS.ORG', 1],
    ['No outlet', 2],
  ]);
  await notebook.expectQuotes([SAMPLE.warning.quote, SAMPLE.stoltenberg.quote, SAMPLE.reply.quote]);
  await page.reload();
  await notebook.expectGroups([
    ['WSWS.ORG', 1],
    ['No outlet', 2],
  ]);
  // Grouping and filter together: only the chosen outlet's group.
  await page.getByRole('combobox', { name: 'Filter by outlet' }).selectOption('none');
  await notebook.expectGroups([['No outlet', 2]]);
  await page.getByRole('button', { name: 'Remove filter No outlet' }).click();
  await expect(notebook.count).toHaveText('3 highlights');

  // Tags × articles: the columns under their outlets; the filter narrows them.
  await notebook.matrixTab.click();
  await expect(
    notebook.matrix.getByRole('columnheader', { name: /^WSWS\.ORG: 1 article$/ }),
  ).toBeVisible();
  await expect(
    notebook.matrix.getByRole('columnheader', { name: /^No outlet: 2 articles$/ }),
  ).toBeVisible();
  if (process.env.SCREENSHOTS) {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: 'docs/screenshots/matrix-outlets-desktop-light.png' });
  }
  await page.getByRole('combobox', { name: 'Filter by outlet' }).selectOption('wsws');
  await expect(notebook.matrix.getByRole('columnheader', { name: /^No outlet/ })).toHaveCount(0);
  await expect(page).toHaveURL(/view=matrix/);

  const search = new SearchPage(page);
  await page.goto('/search?q=NATO');
  await expect(search.results.first()).toBeVisible();
  const all = await search.results.count();
  await page.getByRole('combobox', { name: 'Outlet' }).selectOption('infobae');
  await expect(page).toHaveURL(/q=NATO&outlet=infobae/);
  await expect.poll(() => search.results.count()).toBeLessThan(all);
  for (const text of await search.results.allInnerTexts())
    expect(text).toContain(SEEDS.nuclear.title);
  await expect(page.getByText(/more results? (is|are) from other outlets/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Outlet' })).toHaveValue('infobae');

  // The derived outlet is searchable too, not only the file's credit.
  await page.goto('/search?q=Infobae');
  await expect(
    search.inText.getByRole('link').filter({ hasText: SEEDS.nuclear.title }),
  ).not.toHaveCount(0);
});

// `SCREENSHOTS=1` also takes the details editor and the library's outlet filter (1280×800 and
// 390×844, light and dark) into docs/screenshots/, as e2e/screenshots.spec.ts does for the views.
test.describe('screenshots', () => {
  test.skip(!process.env.SCREENSHOTS, 'run with SCREENSHOTS=1');
  const sizes = [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const size of sizes) {
      test(`details editor and outlet filter ${size.name} ${theme}`, async ({ page }) => {
        await page.setViewportSize(size);
        await preferTheme(page, theme);
        const dialog = await openReaderDetails(page);
        await dialog.getByRole('button', { name: 'Confirm Outlet: Infobae' }).click();
        await expect(
          dialog.getByRole('button', { name: 'Reset to derived: Outlet' }),
        ).toBeVisible();
        await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill('13.10.2022');
        await dialog.getByRole('button', { name: 'Save' }).click();
        await expect(dialog.getByRole('alert')).toBeVisible();
        await expectTheme(page, theme);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: `docs/screenshots/details-editor-${size.name}-${theme}.png`,
        });

        // Saved, the reader's header shows the outlet and date as the reader set them.
        await dialog.getByRole('textbox', { name: 'Date', exact: true }).fill('2022-10-13');
        await dialog.getByRole('button', { name: 'Save' }).click();
        await expect(dialog).toBeHidden();
        await page.getByRole('status').filter({ hasText: 'Details saved' }).waitFor();
        await page.screenshot({
          path: `docs/screenshots/details-reader-${size.name}-${theme}.png`,
        });

        const library = new LibraryPage(page);
        await library.goto('?outlet=wsws');
        await expect(library.cards).toHaveCount(1);
        await expectTheme(page, theme);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: `docs/screenshots/library-outlet-${size.name}-${theme}.png`,
        });
      });
    }
  }
});

// The editor in the German interface, to see its words fit (docs/screenshots/de/).
test.describe('screenshots in German', () => {
  test.skip(!process.env.SCREENSHOTS, 'run with SCREENSHOTS=1');
  test.use({ locale: 'de-DE' });
  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`details editor ${size.name} light de`, async ({ page }) => {
      await page.setViewportSize(size);
      await preferTheme(page, 'light');
      await page.goto(`/read/${SEEDS.nuclear.id}`);
      await expect(page.locator('[data-prerendered]')).toHaveCount(0);
      await page.getByRole('button', { name: `Details zu „${SEEDS.nuclear.title}“` }).click();
      const dialog = page.getByRole('dialog', { name: 'Artikeldetails' });
      await dialog.getByRole('button', { name: 'Medium bestätigen: Infobae' }).click();
      await dialog.getByRole('textbox', { name: 'Webadresse', exact: true }).fill('infobae.com/x');
      await dialog.getByRole('button', { name: 'Speichern' }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `docs/screenshots/de/details-editor-${size.name}-light.png` });
    });
  }
});
