import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

const HERE = { article: SEEDS.nuclear, quote: SEEDS.nuclear.sentence };
const THERE = { article: SEEDS.response, quote: 'Nato-Generalsekretär Jens Stoltenberg' };

test('a highlight is linked to a passage in another article from its card, without side by side', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const reader = new ReaderPage(page);

  // A highlight in the other article first: the passage to link to.
  await reader.gotoClean(THERE.article.id);
  await reader.text.highlight(THERE.quote, 4);
  await expect(reader.sidebar.cards).toHaveCount(1);

  await reader.goto(HERE.article.id);
  await reader.text.highlight(HERE.quote, 1);
  const links = await reader.sidebar.linkTo(HERE.quote, {
    article: THERE.article.title,
    passage: THERE.quote,
    relation: 'Contradicts',
    why: 'Andere Darstellung',
  });

  const item = links.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Contradicts');
  await expect(item).toContainText(THERE.quote);
  await expect(item).toContainText('Andere Darstellung');
  await expect(item.getByRole('link', { name: 'Open side by side' })).toBeVisible();

  // The other end shows the same link, from its side, after a reload too.
  await reader.goto(THERE.article.id);
  const other = await reader.sidebar.open(THERE.quote);
  const back = other.getByRole('region', { name: 'Linked passages' }).getByRole('listitem');
  await expect(back).toHaveCount(1);
  await expect(back).toContainText('Contradicts');
  await expect(back).toContainText(HERE.quote);
  await expect(back).toContainText('Andere Darstellung');
});
