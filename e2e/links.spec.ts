import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ComparePage, LinkedPassages } from './pages/compare-page';
import { NotebookPage } from './pages/notebook-page';

const LEFT = { article: SEEDS.nuclear, quote: SEEDS.nuclear.sentence };
// Near the top of its article: scrolled away when the pane is at the bottom.
const RIGHT_TOP = { article: SEEDS.response, quote: 'Nato-Generalsekretär Jens Stoltenberg' };
// The last paragraph: out of sight when the pane is at the top.
const RIGHT_END = {
  article: SEEDS.response,
  quote: 'Russland reagierte, indem es die Arbeit der NATO-Mission aussetzte',
};

test('two passages side by side are linked as contradicting, followed across, shown in the notebook and unlinked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const compare = new ComparePage(page);
  await compare.goto(LEFT.article.id, RIGHT_TOP.article.id);
  await expect(compare.left.region).toContainText(LEFT.quote);
  await expect(compare.right.region).toContainText(RIGHT_TOP.quote);

  const leftId = await compare.left.text.highlight(LEFT.quote, 1);
  const rightId = await compare.right.text.highlight(RIGHT_TOP.quote, 4);

  // Link from the left card.
  const leftPanel = await compare.left.openPanel();
  const leftCard = await leftPanel.open(LEFT.quote);
  const leftLinks = new LinkedPassages(leftCard);
  await leftLinks.link(RIGHT_TOP.quote, 'Contradicts');
  await expect(leftLinks.items).toHaveCount(1);
  await expect(leftLinks.items).toContainText('Contradicts');
  await expect(leftLinks.items).toContainText(RIGHT_TOP.quote);
  // The partner is no longer offered a second time.
  await expect(leftLinks.partner.locator('option', { hasText: RIGHT_TOP.quote })).toHaveCount(0);

  // The right card shows the same link, from its side.
  const rightPanel = await compare.right.openPanel();
  const rightCard = await rightPanel.open(RIGHT_TOP.quote);
  const rightLinks = new LinkedPassages(rightCard);
  await expect(rightLinks.items).toHaveCount(1);
  await expect(rightLinks.items).toContainText('Contradicts');
  await expect(rightLinks.items).toContainText(LEFT.quote);
  await expect(
    rightLinks.root.getByRole('button', { name: 'Show in the left pane' }),
  ).toBeVisible();
  await compare.right.closePanel();

  // Following the link brings the partner into view in the right pane.
  await compare.right.scrollToBottom();
  const partner = compare.right.text.marksOf(rightId);
  await expect.poll(() => compare.right.showsWhole(partner)).toBe(false);
  const reopened = await leftPanel.open(LEFT.quote);
  await new LinkedPassages(reopened).root
    .getByRole('button', { name: 'Show in the right pane' })
    .click();
  await expect.poll(() => compare.right.showsWhole(partner)).toBe(true);
  await expect(partner.first()).toBeInViewport();

  // The notebook shows the link on both entries.
  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expect(notebook.entries).toHaveCount(2);
  await expect(notebook.entry(LEFT.quote)).toContainText(`↔ Contradicts: ${RIGHT_TOP.quote}`);
  await expect(notebook.entry(RIGHT_TOP.quote)).toContainText(`↔ Contradicts: ${LEFT.quote}`);

  // Unlink from the card: gone from both cards and the notebook.
  await page.goBack();
  await expect(compare.left.region).toContainText(LEFT.quote);
  const panelAgain = await compare.left.openPanel();
  const cardAgain = await panelAgain.open(LEFT.quote);
  const linksAgain = new LinkedPassages(cardAgain);
  await expect(linksAgain.items).toHaveCount(1);
  await linksAgain.root.getByRole('button', { name: 'Unlink' }).click();
  await expect(linksAgain.items).toHaveCount(0);
  await expect(
    linksAgain.partner.locator('option', { hasText: RIGHT_TOP.quote.slice(0, 70) }),
  ).toHaveCount(1);
  const rightAgain = await compare.right.openPanel();
  await expect(new LinkedPassages(await rightAgain.open(RIGHT_TOP.quote)).items).toHaveCount(0);

  await notebook.goto();
  await expect(notebook.entries).toHaveCount(2);
  await expect(notebook.list).not.toContainText('↔');
  await expect(notebook.list).not.toContainText('Contradicts');
  expect([leftId, rightId].every(Boolean)).toBe(true);
});

/**
 * On a phone: highlights in both articles, the right pane scrolled back to its top (so its
 * highlight, in the last paragraph, is out of sight), the left pane shown, and the two linked from
 * the left card. Returns the right highlight's marks.
 */
async function linkOnAPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  const compare = new ComparePage(page);
  await compare.goto(LEFT.article.id, RIGHT_END.article.id);
  await expect(compare.left.region).toBeVisible();
  await expect(compare.right.region).toBeHidden();

  await compare.left.text.highlight(LEFT.quote, 1);
  await compare.tab('right').click();
  await expect(compare.right.region).toBeVisible();
  const rightId = await compare.right.text.highlight(RIGHT_END.quote, 4);
  await compare.right.scrollToTop();
  const partner = compare.right.text.marksOf(rightId);
  await expect.poll(() => compare.right.showsWhole(partner)).toBe(false);
  await compare.tab('left').click();
  await expect(compare.left.region).toBeVisible();
  await expect(compare.right.region).toBeHidden();

  const panel = await compare.left.openPanel();
  const links = new LinkedPassages(await panel.open(LEFT.quote));
  await links.link(RIGHT_END.quote, 'Contradicts');
  await expect(links.items).toContainText('Contradicts');
  return { compare, links, partner };
}

test('on a phone (390×844) following a link switches to the pane with the partner', async ({
  page,
}) => {
  const { compare, links, partner } = await linkOnAPhone(page);
  await links.root.getByRole('button', { name: 'Show in the right pane' }).click();

  await expect(page).toHaveURL(/\?pane=right$/);
  await expect(compare.tab('right')).toHaveAttribute('aria-selected', 'true');
  await expect(compare.right.region).toBeVisible();
  await expect(compare.left.region).toBeHidden();
  await expect(partner.first()).toBeVisible();
});

// Regression: the partner used to be scrolled to while its pane was still hidden, so the pane
// opened at its top.
test('on a phone (390×844) following a link scrolls the partner into view', async ({ page }) => {
  const { compare, links, partner } = await linkOnAPhone(page);
  await links.root.getByRole('button', { name: 'Show in the right pane' }).click();
  await expect(compare.right.region).toBeVisible();
  await expect.poll(() => compare.right.showsWhole(partner)).toBe(true);
  await expect(partner.first()).toBeInViewport();
});
