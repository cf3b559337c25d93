import { expect, test, type Page } from '@playwright/test';
import { readSeed, SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

const FILE = `${SEEDS.response.id}.txt`;
const ORIGINAL = readSeed(FILE).toString('utf8');
/** The sentence that gets deleted or moved, and one that never changes. */
const CHANGED = SEEDS.response.sentence;
const KEPT = 'Russland reagierte, indem es die Arbeit der NATO-Mission aussetzte';
const EARLY = 'NATO-Außenminister trafen sich am Freitag virtuell';

/** Makes highlights on the shipped text of seed 003 and returns their ids. */
async function highlightOriginal(page: Page) {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  const early = await reader.text.highlight(EARLY);
  const changed = await reader.text.highlight(CHANGED, 4);
  const kept = await reader.text.highlight(KEPT, 2);
  await reader.sidebar.expectQuotes([EARLY, CHANGED, KEPT]);
  return { early, changed, kept };
}

/** A new tab where seed 003 has `text` instead of what ships. */
async function openEdited(page: Page, text: string) {
  expect(text).not.toBe(ORIGINAL);
  const edited = await page.context().newPage();
  await edited.route(`**/seeds/${FILE}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: text }),
  );
  const reader = new ReaderPage(edited);
  await reader.goto(SEEDS.response.id);
  return reader;
}

test('a highlight whose sentence was deleted is listed as not found, the others still draw', async ({
  page,
}) => {
  expect(ORIGINAL).toContain(`${CHANGED} `);
  const ids = await highlightOriginal(page);

  const reader = await openEdited(page, ORIGINAL.replace(`${CHANGED} `, ''));
  await expect(reader.article).toContainText('Aber seit April 2014');
  await expect(reader.article).not.toContainText(CHANGED);

  const orphans = reader.sidebar.orphans;
  await expect(orphans).toBeVisible();
  await expect(orphans.getByRole('heading')).toHaveText('Couldn’t find this passage');
  const card = orphans.getByRole('article', { name: `Highlight: ${CHANGED.slice(0, 60)}` });
  await expect(card.locator('q')).toHaveText(CHANGED);
  await expect(card).toContainText('Couldn’t find this passage in the current text.');
  await expect(reader.text.marksOf(ids.changed)).toHaveCount(0);

  // The unchanged sentences keep their highlights, in the text and the list.
  await reader.text.expectText(ids.early, EARLY);
  await reader.text.expectText(ids.kept, KEPT);
  await reader.sidebar.expectQuotes([EARLY, KEPT]);
  expect(await reader.text.ids()).toHaveLength(2);

  // Nothing was dropped: the shipped text finds all three again.
  const shipped = new ReaderPage(page);
  await shipped.page.reload();
  await shipped.sidebar.expectQuotes([EARLY, CHANGED, KEPT]);
  await expect(shipped.sidebar.orphans).toHaveCount(0);
});

test('a sentence inserted before a highlight leaves it on the same words', async ({ page }) => {
  const ids = await highlightOriginal(page);
  const inserted = 'Dieser Satz wurde später eingefügt, um den Text zu verschieben.';

  const reader = await openEdited(page, ORIGINAL.replace(CHANGED, `${inserted} ${CHANGED}`));
  await expect(reader.article).toContainText(inserted);
  await reader.text.expectText(ids.changed, CHANGED);
  await reader.text.expectText(ids.early, EARLY);
  await reader.text.expectText(ids.kept, KEPT);
  await expect(reader.text.marks.filter({ hasText: 'eingefügt' })).toHaveCount(0);
  await reader.sidebar.expectQuotes([EARLY, CHANGED, KEPT]);
  await expect(reader.sidebar.orphans).toHaveCount(0);
  await expect(reader.sidebar.root).not.toContainText('the text changed here');
});

test('a repeated quote whose surroundings were rewritten stays an orphan; its card offers the places', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.response.id);
  // The first of three "Stoltenberg"s; then the words on both sides of it are rewritten.
  const id = await reader.text.highlight('Stoltenberg');
  await reader.sidebar.expectQuotes(['Stoltenberg']);
  const before = 'warnte Nato-Generalsekretär Jens Stoltenberg, dass';
  expect(ORIGINAL).toContain(before);
  const edited = await openEdited(
    page,
    ORIGINAL.replace(before, 'sagte der Generalsekretär des Bündnisses, Stoltenberg, am Abend,'),
  );

  const card = edited.sidebar.orphans.getByRole('article', { name: 'Highlight: Stoltenberg' });
  await expect(card).toContainText('Its words are still in several places');
  await expect(card).toContainText('Found 3 places this could be; pick one.');
  const places = card.getByRole('list', { name: 'Places this could be' }).getByRole('button');
  await expect(places).toHaveCount(3);
  await expect(places.nth(1)).toContainText('betonte Stoltenberg');
  await expect(edited.text.marksOf(id)).toHaveCount(0);

  // Picking the second place re-attaches the highlight there, and it is no longer an orphan.
  await places.nth(1).click();
  await expect(edited.sidebar.orphans).toHaveCount(0);
  await edited.text.expectText(id, 'Stoltenberg');
  const mark = edited.page.locator(`mark[data-highlight-ids~="${id}"]`);
  const paragraph = edited.article.locator('[data-start]', { has: mark });
  await expect(paragraph).toContainText('betonte Stoltenberg');
  await edited.sidebar.expectQuotes(['Stoltenberg']);
});
