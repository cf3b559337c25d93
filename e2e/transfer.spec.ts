import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { DataPage, type DownloadedFile } from './pages/data-page';
import { NotebookPage } from './pages/notebook-page';
import { ReaderPage } from './pages/reader-page';

/** Two highlights in two articles: one with a note, one with a tag. */
const NOTED = {
  article: SEEDS.nato2024,
  quote: SEEDS.nato2024.sentence,
  note: 'Eine Warnung, die niemand hören will',
};
const TAGGED = {
  article: SEEDS.response,
  quote: 'Nato-Generalsekretär Jens Stoltenberg',
  tag: 'Bündnispolitik',
};

async function makeTwoHighlights(page: Page): Promise<void> {
  const reader = new ReaderPage(page);
  await reader.gotoClean(NOTED.article.id);
  await reader.text.highlight(NOTED.quote, 3);
  await reader.sidebar.writeNote(NOTED.quote, NOTED.note);
  await reader.goto(TAGGED.article.id);
  await expect(reader.sidebar.empty).toBeVisible();
  await reader.text.highlight(TAGGED.quote, 2);
  await reader.sidebar.addTag(TAGGED.quote, TAGGED.tag);
}

/** The notebook's entries, as a person reads them (quote, note, colour, article, tags). */
async function notebookEntries(page: Page): Promise<string[]> {
  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expect(notebook.count).toHaveText('2 highlights');
  await expect(notebook.entries).toHaveCount(2);
  return notebook.entries.allInnerTexts();
}

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

interface BackupJson {
  format: string;
  version: number;
  data: {
    highlights: Array<{ articleId: string; note: string; tags: string[]; target: unknown }>;
    tags: Array<{ name: string }>;
  };
}

async function downloadBackup(page: Page): Promise<DownloadedFile> {
  const data = new DataPage(page);
  await data.goto();
  return data.download('Download backup (.json)');
}

test('the three exports hold the highlights: backup JSON, Markdown sheet, Web Annotations', async ({
  page,
}) => {
  await makeTwoHighlights(page);
  const data = new DataPage(page);
  await data.goto();

  const backup = await data.download('Download backup (.json)');
  expect(backup.name).toBe(`sidenote-backup-${today()}.json`);
  const json = JSON.parse(backup.text) as BackupJson;
  expect(json.format).toBe('sidenote-backup');
  expect(json.version).toBe(2);
  expect(json.data.highlights).toHaveLength(2);
  const quotes = json.data.highlights.map(
    (h) => (h.target as { quote: { exact: string } }).quote.exact,
  );
  expect(quotes.sort()).toEqual([NOTED.quote, TAGGED.quote].sort());
  expect(json.data.highlights.map((h) => h.note)).toContain(NOTED.note);
  expect(json.data.tags.map((t) => t.name)).toEqual([TAGGED.tag]);

  const sheet = await data.download('Download sheet (.md)');
  expect(sheet.name).toMatch(/\.md$/);
  for (const text of [NOTED.quote, TAGGED.quote, NOTED.note, NOTED.article.title]) {
    expect(sheet.text).toContain(text);
  }
  expect(sheet.text).toContain(TAGGED.article.title);

  const annotations = await data.download('Download annotations (.jsonld)');
  expect(annotations.name).toMatch(/\.jsonld$/);
  const ld = JSON.parse(annotations.text) as {
    '@context': unknown;
    first: { items: Array<{ target: { selector: Array<{ type: string; exact?: string }> } }> };
  };
  expect([ld['@context']].flat()).toContain('http://www.w3.org/ns/anno.jsonld');
  expect(ld.first.items).toHaveLength(2);
  const exact = ld.first.items.map(
    (item) => item.target.selector.find((s) => s.type === 'TextQuoteSelector')?.exact,
  );
  expect(exact.sort()).toEqual([NOTED.quote, TAGGED.quote].sort());
});

test('the Web Annotations name the article’s title and outlet as the app shows them', async ({
  page,
}) => {
  // 002 credits Reuters, but its page is Infobae's: the library shows Infobae, so must the export.
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.nuclear.id);
  await reader.text.highlight(SEEDS.nuclear.sentence, 1);
  // The reader's own title wins over the file's.
  await page.getByRole('button', { name: `Details of “${SEEDS.nuclear.title}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Atomkrieg: NATO warnt');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const data = new DataPage(page);
  await data.goto();
  const annotations = await data.download('Download annotations (.jsonld)');
  const ld = JSON.parse(annotations.text) as {
    first: { items: Array<{ target: Record<string, unknown> }> };
  };
  expect(ld.first.items).toHaveLength(1);
  expect(ld.first.items[0]?.target).toMatchObject({
    'sidenote:articleTitle': 'Atomkrieg: NATO warnt',
    'sidenote:articleSource': 'Infobae',
  });
});

test('a backup imported into an empty browser gives the same notebook; importing it again adds nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  await makeTwoHighlights(page);
  const original = await notebookEntries(page);
  expect(original.join('\n')).toContain(NOTED.note);
  expect(original.join('\n')).toContain(TAGGED.tag);
  const backup = await downloadBackup(page);

  // Another browser profile: nothing in it yet.
  const fresh = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    const other = await fresh.newPage();
    const empty = new NotebookPage(other);
    await empty.goto();
    await expect(other.getByRole('heading', { level: 2, name: 'No highlights yet' })).toBeVisible();

    const data = new DataPage(other);
    await data.goto();
    await data.choose(backup.name, backup.text);
    await expect(data.preview).toContainText(backup.name);
    await expect(data.preview).toContainText('2 highlights');
    await data.preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(data.preview).toBeHidden();
    await expect(other.getByText(/^Imported 2 highlights/)).toBeVisible();

    expect(await notebookEntries(other)).toEqual(original);

    // The same file again: nothing new, nothing doubled.
    await data.goto();
    await data.choose(backup.name, backup.text);
    await expect(data.preview).toContainText('nothing new');
    await expect(data.preview).not.toContainText('2 highlights');
    await data.preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(other.getByText('Nothing new in that file.')).toBeVisible();
    expect(await notebookEntries(other)).toEqual(original);
  } finally {
    await fresh.close();
  }
});

test('a broken backup is refused whole, saying where, and the data stays as it was', async ({
  page,
}) => {
  await makeTwoHighlights(page);
  const before = await notebookEntries(page);
  const backup = await downloadBackup(page);
  const data = new DataPage(page);

  // Cut off halfway, as an interrupted copy would be.
  await data.choose('cut-off.json', backup.text.slice(0, Math.floor(backup.text.length / 2)));
  await expect(data.refusal).toContainText(
    '“cut-off.json” was not imported. Your data is unchanged.',
  );
  await expect(data.preview).toHaveCount(0);

  // A quote that is a number.
  const json = JSON.parse(backup.text) as BackupJson;
  (json.data.highlights[0]?.target as { quote: { exact: unknown } }).quote.exact = 42;
  await data.choose('edited.json', JSON.stringify(json));
  await expect(data.refusal).toContainText(
    '“edited.json” was not imported. Your data is unchanged.',
  );
  await expect(data.refusal).toContainText('data.highlights[0].target.quote.exact');
  await expect(data.refusal).toContainText('number');
  await expect(data.preview).toHaveCount(0);

  expect(await notebookEntries(page)).toEqual(before);
});
