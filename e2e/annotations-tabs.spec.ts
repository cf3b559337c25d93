import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

const RESPONSE = SEEDS.response.id;
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';

test('a highlight and its note reach a second tab on the same article without a reload', async ({
  context,
}) => {
  const first = new ReaderPage(await context.newPage());
  const second = new ReaderPage(await context.newPage());
  await first.gotoClean(RESPONSE);
  await second.goto(RESPONSE);
  await expect(second.sidebar.empty).toBeVisible();

  const id = await first.text.highlight(MINISTERS);
  await second.text.expectText(id, MINISTERS);
  await second.sidebar.expectQuotes([MINISTERS]);

  await first.sidebar.writeNote(MINISTERS, 'Nur *virtuell*: warum?');
  const card = second.sidebar.card(MINISTERS);
  await expect(card).toContainText('Nur virtuell: warum?');
  await expect(card.locator('em')).toHaveText('virtuell');

  // And back: deleting in the second tab removes it from the first.
  const opened = await second.sidebar.open(MINISTERS);
  await expect(second.sidebar.noteBox(opened)).toHaveValue('Nur *virtuell*: warum?');
  await opened.getByRole('button', { name: 'Delete highlight' }).click();
  await expect(first.text.marks).toHaveCount(0);
  await expect(first.sidebar.cards).toHaveCount(0);
  await expect(first.sidebar.empty).toBeVisible();
});
