import { readFile } from 'node:fs/promises';
import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { selectPhrase, selectionToolbar } from './pages/annotations';
import { LibraryPage } from './pages/library-page';
import { NotebookPage } from './pages/notebook-page';
import { ReaderPage } from './pages/reader-page';
import { SettingsPage } from './pages/settings-page';
import { TagsManagerPage } from './pages/tags-page';
import {
  expectNoForeignImages,
  LITERAL,
  SHORT_PAYLOADS,
  XSS_PAYLOADS,
  expectInert,
  expectShowsNote,
  failOnDialog,
  makeHostile,
  marker,
  missingText,
  NOTE,
  serveHostileSeed,
  type Backup,
} from './xss-corpus';

const RESPONSE = SEEDS.response.id;
const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';

test.describe.configure({ timeout: 120_000 });

test('hostile notes stay text in the preview, the card, the notebook and after a reload', async ({
  page,
}) => {
  const dialogs = failOnDialog(page);
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(STOLTENBERG);
  const card = await reader.sidebar.open(STOLTENBERG);
  const box = reader.sidebar.noteBox(card);
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    await box.fill(payload);
    await card.getByRole('button', { name: 'Preview' }).click();
    if (LITERAL.includes(payload)) await expect(card).toContainText(payload);
    await expectInert(page, dialogs);
    await card.getByRole('button', { name: 'Write' }).click();
    await expect(box, marker(i)).toHaveValue(payload);
  }

  await reader.sidebar.writeNote(STOLTENBERG, NOTE);
  await reader.sidebar.quoteButton(card).click();
  await expect(box).toHaveCount(0);
  await expectShowsNote(card);
  await expectInert(page, dialogs);

  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expectShowsNote(notebook.entry(STOLTENBERG));
  await expectInert(page, dialogs);

  await reader.goto(RESPONSE);
  await expectShowsNote(reader.sidebar.card(STOLTENBERG));
  await expectNoForeignImages(page);
  await expectInert(page, dialogs);
  await expect(reader.sidebar.noteBox(await reader.sidebar.open(STOLTENBERG))).toHaveValue(NOTE);
});

test('hostile tag names stay text on the card, in the tag manager and in the notebook', async ({
  page,
}) => {
  const dialogs = failOnDialog(page);
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(STOLTENBERG);
  for (const payload of XSS_PAYLOADS) await reader.sidebar.addTag(STOLTENBERG, payload);
  await expectInert(page, dialogs);
  const card = reader.sidebar.card(STOLTENBERG);
  await reader.sidebar.quoteButton(card).click();
  expect(await missingText(card, XSS_PAYLOADS)).toEqual([]);
  await expectInert(page, dialogs);

  const manager = new TagsManagerPage(page);
  await manager.goto();
  for (const payload of XSS_PAYLOADS) await expect(manager.row(payload)).toBeVisible();
  await expectInert(page, dialogs);

  const notebook = new NotebookPage(page);
  await notebook.goto();
  await notebook.groupByLabel('Tag');
  expect(await missingText(page.locator('main'), XSS_PAYLOADS.slice(0, 3))).toEqual([]);
  await expectInert(page, dialogs);
});

test('hostile colour meanings stay text in settings, the legend and the toolbar', async ({
  page,
}) => {
  test.slow(); // ten rounds of save, reload and check
  const dialogs = failOnDialog(page);
  const settings = new SettingsPage(page);
  const reader = new ReaderPage(page);
  for (let start = 0; start < SHORT_PAYLOADS.length; start += 5) {
    const labels = SHORT_PAYLOADS.slice(start, start + 5);
    await settings.goto();
    for (const [n, label] of labels.entries()) {
      await settings.meaning(n + 1).fill(label);
      await settings.meaning(n + 1).press('Enter');
    }
    for (const n of labels.keys()) await settings.expectSaved(n + 1);
    await page.reload();
    for (const [n, label] of labels.entries()) {
      await expect(settings.meaning(n + 1)).toHaveValue(label);
    }
    await expectInert(page, dialogs);

    await reader.goto(RESPONSE);
    const legend = page.getByRole('list', { name: 'Filter by colour' });
    expect(await missingText(legend, labels)).toEqual([]);
    await selectPhrase(reader.article, STOLTENBERG);
    for (const [n, label] of labels.entries()) {
      await expect(
        selectionToolbar(page).getByRole('button', { name: `Highlight as “${label}” (${n + 1})` }),
      ).toBeVisible();
    }
    await expectInert(page, dialogs);
  }
});

test('hostile article text, titles and file names stay text in the library and the reader', async ({
  page,
}) => {
  const dialogs = failOnDialog(page);
  await serveHostileSeed(page, RESPONSE);
  const library = new LibraryPage(page);
  await library.goto();
  const shown = [0, 2, 3, 4, 5, 6].map((i) => XSS_PAYLOADS[i] ?? '');
  await expect(library.list.getByRole('link', { name: XSS_PAYLOADS[0] })).toBeVisible();
  expect(await missingText(library.list, shown)).toEqual([]);
  await expectInert(page, dialogs);

  const reader = new ReaderPage(page);
  await reader.goto(RESPONSE);
  // Which lines become title, kicker or byline is the parser's business; all are text.
  expect(
    await missingText(page.locator('main'), ['Ein feindseliger Artikel', ...XSS_PAYLOADS]),
  ).toEqual([]);
  await expectInert(page, dialogs);
  // Hostile text can be highlighted, and its quote is shown as text too.
  const quote = XSS_PAYLOADS[10] ?? '';
  await reader.text.highlight(quote);
  await expect(reader.sidebar.cards.locator('q')).toHaveText(quote);
  await expectInert(page, dialogs);

  await page.goto(`/read/${RESPONSE}?view=original`);
  await expect(page.getByText('Ein feindseliger Artikel').first()).toBeVisible();
  expect(await missingText(page.locator('main'), XSS_PAYLOADS)).toEqual([]);
  await expectInert(page, dialogs);
});

test('a pasted article with a hostile text and name stays text', async ({ page }) => {
  const dialogs = failOnDialog(page);
  const library = new LibraryPage(page);
  await library.goto();
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add your own article' });
  const name = XSS_PAYLOADS[6] ?? '';
  await dialog.getByLabel('…or paste the text').fill([...XSS_PAYLOADS].join('\n\n'));
  await dialog.getByLabel('Name (optional)').fill(name);
  await expectInert(page, dialogs);
  await dialog.getByRole('button', { name: 'Add pasted text' }).click();

  const reader = new ReaderPage(page);
  await expect(page).toHaveURL(/\/read\/mine-/);
  await expect(reader.article).toBeVisible();
  expect(await missingText(page.locator('main'), XSS_PAYLOADS)).toEqual([]);
  const title = (await reader.title.textContent()) ?? '';
  expect(XSS_PAYLOADS).toContain(title);
  await expectInert(page, dialogs);

  await page.goto(`${new URL(page.url()).pathname}?view=original`);
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  expect(await missingText(page.locator('main'), XSS_PAYLOADS)).toEqual([]);
  await expectInert(page, dialogs);

  await library.goto();
  const mine = library.cards.filter({ hasText: 'Added by you' });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expectInert(page, dialogs);
});

test('an imported backup with hostile notes, tags, quotes and colours stays text', async ({
  page,
}) => {
  const dialogs = failOnDialog(page);
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE);
  await reader.text.highlight(STOLTENBERG);
  await reader.sidebar.writeNote(STOLTENBERG, 'harmless');

  await page.goto('/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup (.json)' }).click();
  const backup = JSON.parse(
    await readFile((await (await download).path()) ?? '', 'utf8'),
  ) as Backup;
  makeHostile(backup);

  await page.getByLabel('Choose a file to import').setInputFiles({
    name: 'hostile-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toBeVisible();
  await expectInert(page, dialogs);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/^Imported /)).toBeVisible();

  await reader.goto(RESPONSE);
  const card = reader.sidebar.card(STOLTENBERG);
  await expectShowsNote(card);
  expect(await missingText(card, XSS_PAYLOADS)).toEqual([]); // tag chips
  await expect(reader.sidebar.orphans).toContainText(XSS_PAYLOADS[1] ?? '');
  const legend = page.getByRole('list', { name: 'Filter by colour' });
  expect(await missingText(legend, XSS_PAYLOADS.slice(20, 25))).toEqual([]);
  await expectInert(page, dialogs);

  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expectShowsNote(notebook.entry(STOLTENBERG));
  await expectInert(page, dialogs);
  const manager = new TagsManagerPage(page);
  await manager.goto();
  for (const payload of XSS_PAYLOADS) await expect(manager.row(payload)).toBeVisible();
  await expectInert(page, dialogs);
});
