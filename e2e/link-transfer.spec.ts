import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { DataPage } from './pages/data-page';
import { NotebookPage } from './pages/notebook-page';
import { storedHighlightCount } from './pages/annotations';
import { ReaderPage } from './pages/reader-page';

// Issue 12: a link and its "why" reach the study sheet and the Web Annotation export, come back
// from it in another browser, and an import that leaves anything out says what.

const HERE = { article: SEEDS.nuclear, quote: SEEDS.nuclear.sentence };
const THERE = { article: SEEDS.response, quote: 'Nato-Generalsekretär Jens Stoltenberg' };
const WHY = 'Polen, nicht die NATO, schlägt die Mission vor';

interface Annotation {
  motivation?: string;
  target: unknown;
  body?: unknown[];
}

async function linkTwoPassages(page: Page) {
  const reader = new ReaderPage(page);
  await reader.gotoClean(THERE.article.id);
  await reader.text.highlight(THERE.quote, 4);
  await expect(reader.sidebar.cards).toHaveCount(1);
  // The card shows while the highlight is still being written (a first visit also makes the
  // database); leaving the page before the write is done loses it (CI, 2026-12-06).
  await expect.poll(() => storedHighlightCount(page)).toBe(1);
  await reader.goto(HERE.article.id);
  await reader.text.highlight(HERE.quote, 1);
  const links = await reader.sidebar.linkTo(HERE.quote, {
    article: THERE.article.title,
    passage: THERE.quote,
    relation: 'Contradicts',
    why: WHY,
  });
  await expect(links.getByRole('listitem')).toContainText(WHY);
}

test('a link with its why shows in the notebook, goes out in the study sheet and the Web Annotations, and comes back in another browser', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await linkTwoPassages(page);

  // The notebook shows the link with its why on both entries.
  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expect(notebook.entry(HERE.quote)).toContainText(`↔ Contradicts: ${THERE.quote}`);
  await expect(notebook.entry(HERE.quote)).toContainText(`Why: ${WHY}`);
  await expect(notebook.entry(THERE.quote)).toContainText(`Why: ${WHY}`);

  const data = new DataPage(page);
  await data.goto();
  const sheet = await data.download('Download sheet (.md)');
  expect(sheet.text).toContain(`- **Contradicts**: “${THERE.quote}” in _${THERE.article.title}_`);
  expect(sheet.text).toContain(`Why: ${WHY}`);

  const file = await data.download('Download annotations (.jsonld)');
  const collection = JSON.parse(file.text) as { first: { items: Annotation[] } };
  const link = collection.first.items.find((a) => a.motivation === 'linking');
  expect(link?.target).toHaveLength(2);
  expect(link?.body).toContainEqual(expect.objectContaining({ value: 'contradicts' }));
  expect(link?.body).toContainEqual(expect.objectContaining({ value: WHY }));

  // Another browser: nothing stored yet. The file brings both highlights and the link back.
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const there = await other.newPage();
  const otherData = new DataPage(there);
  await otherData.goto();
  await otherData.choose(file.name, file.text);
  await expect(otherData.preview).toContainText('2 highlights, 1 link between passages to add');
  await expect(otherData.preview).not.toContainText('skipped');
  await otherData.preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(otherData.preview).toBeHidden();
  const reader = new ReaderPage(there);
  await reader.goto(HERE.article.id);
  const card = await reader.sidebar.open(HERE.quote);
  const item = card.getByRole('region', { name: 'Linked passages' }).getByRole('listitem');
  await expect(item).toContainText('Contradicts');
  await expect(item).toContainText(THERE.quote);
  await expect(item).toContainText(WHY);

  // A file without one end of the link, and with a body Sidenote has no place for: the preview
  // says what it leaves out.
  const partial = structuredClone(collection);
  partial.first.items = partial.first.items
    .filter(
      (a) => a.motivation === 'linking' || !JSON.stringify(a.target).includes(THERE.article.id),
    )
    .map((a) =>
      a.motivation === 'linking'
        ? a
        : {
            ...a,
            body: [...(a.body ?? []), { type: 'Image', id: 'https://example.org/karte.png' }],
          },
    );
  const third = await browser.newContext();
  const fresh = new DataPage(await third.newPage());
  await fresh.goto();
  await fresh.choose('partial.jsonld', JSON.stringify(partial));
  await expect(fresh.preview).toContainText('1 highlight to add');
  await expect(fresh.preview).toContainText(
    '1 link skipped: a passage it links is neither in the file nor among your highlights.',
  );
  await expect(fresh.preview).toContainText('1 annotation body left out');
  await other.close();
  await third.close();
});
