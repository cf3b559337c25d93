import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { expectTheme, preferTheme, seriousViolations } from './pages/axe';
import { NotebookPage } from './pages/notebook-page';
import { ReaderPage } from './pages/reader-page';
import { ReviewPage } from './pages/review-page';

const RESPONSE = SEEDS.response;
/** From the first two body paragraphs of seed 003: MINISTERS comes first in the text. */
const MINISTERS = 'NATO-Außenminister trafen sich am Freitag virtuell';
const STOLTENBERG = 'Nato-Generalsekretär Jens Stoltenberg';
const NOTE = 'Nur **virtuell**: warum?';
const TAG = 'Diplomatie';
/** What an answer button shows under its label: "10 min", "3 days", "2 weeks"… */
const INTERVAL = /\d+(\.\d)? (min|hours?|days?|weeks?|months?|years?)$/;

/**
 * Two highlights in `response`, the later one made first; the earlier one (MINISTERS) gets a
 * note. With `tag`, STOLTENBERG is tagged `TAG`.
 */
async function twoHighlights(page: Page, { tag = false } = {}) {
  const reader = new ReaderPage(page);
  await reader.gotoClean(RESPONSE.id);
  await reader.text.highlight(STOLTENBERG, 2);
  await reader.text.highlight(MINISTERS, 1);
  await reader.sidebar.writeNote(MINISTERS, NOTE);
  if (tag) await reader.sidebar.addTag(STOLTENBERG, TAG);
  await reader.sidebar.expectQuotes([MINISTERS, STOLTENBERG]);
  return reader;
}

test('Space shows the note, 3 grades Good, u undoes; graded highlights are not due after a reload', async ({
  page,
}) => {
  await twoHighlights(page);
  const review = new ReviewPage(page);
  await review.goto();

  // New highlights come in reading order, the note hidden until Space.
  await expect(review.progress).toHaveText('1 of 2');
  await expect(review.quote).toHaveText(MINISTERS);
  await expect(review.card).toContainText(RESPONSE.title);
  await expect(review.card.locator('strong')).toHaveCount(0);
  await expect(review.grades).toHaveCount(0);
  await expect(review.reveal).toBeVisible();

  await page.keyboard.press('Space');
  await expect(review.card.locator('strong')).toHaveText('virtuell');
  await expect(review.card).toContainText('Nur virtuell: warum?');
  await expect(review.grades.getByRole('button')).toHaveCount(4);
  for (const grade of ['Again', 'Hard', 'Good', 'Easy'] as const) {
    await expect(review.gradeButton(grade)).toHaveText(INTERVAL);
  }
  // A first Good is days away, not minutes.
  await expect(review.gradeButton('Good')).toHaveText(/\d+ days?$/);
  await expect(review.card.getByRole('link', { name: 'Open in the article' })).toHaveAttribute(
    'href',
    new RegExp(`^/read/${RESPONSE.id}#h-.+`),
  );

  await page.keyboard.press('3');
  await expect(review.progress).toHaveText('2 of 2');
  await expect(review.quote).toHaveText(STOLTENBERG);
  await expect(review.grades).toHaveCount(0);

  await page.keyboard.press('u');
  await expect(review.progress).toHaveText('1 of 2');
  await expect(review.quote).toHaveText(MINISTERS);
  await expect(review.grades).toHaveCount(0);

  for (const quote of [MINISTERS, STOLTENBERG]) {
    await expect(review.quote).toHaveText(quote);
    await page.keyboard.press('Space');
    await expect(review.gradeButton('Good')).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(review.emptyState('Done for now')).toBeVisible();
  await expect(page.getByText('You reviewed 2 highlights.')).toBeVisible();
  await expect(review.card).toHaveCount(0);

  await page.reload();
  await expect(review.emptyState('Nothing is due')).toBeVisible();
  await expect(review.card).toHaveCount(0);
  await expect(review.progress).toHaveCount(0);
});

test('grades need the card shown first; the buttons grade like the keys', async ({ page }) => {
  await twoHighlights(page);
  const review = new ReviewPage(page);
  await review.goto();
  await expect(review.progress).toHaveText('1 of 2');
  // 3 before Space does nothing.
  await page.keyboard.press('3');
  await expect(review.progress).toHaveText('1 of 2');
  await review.reveal.click();
  await review.gradeButton('Easy').click();
  await expect(review.progress).toHaveText('2 of 2');
  await expect(review.quote).toHaveText(STOLTENBERG);
  await page.keyboard.press('Space');
  await expect(review.card).toContainText('No note on this highlight.');
  await review.gradeButton('Good').click();
  await expect(review.emptyState('Done for now')).toBeVisible();
  await page.getByRole('button', { name: 'Undo last grade' }).click();
  await expect(review.progress).toHaveText('2 of 2');
  await expect(review.quote).toHaveText(STOLTENBERG);
});

test('the notebook’s Review links: all highlights, or with a tag filter only the tagged ones', async ({
  page,
}) => {
  await twoHighlights(page, { tag: true });
  const notebook = new NotebookPage(page);
  await notebook.goto();
  await expect(notebook.reviewLink).toHaveText('Review all');
  await notebook.reviewLink.click();
  const review = new ReviewPage(page);
  await expect(page).toHaveURL(/\/review$/);
  await expect(review.progress).toHaveText('1 of 2');

  await notebook.goto();
  await notebook.tagFilter.selectOption({ label: TAG });
  await expect(notebook.count).toHaveText('1 of 2 highlights');
  await expect(notebook.reviewLink).toHaveText('Review these');
  await notebook.reviewLink.click();
  await expect(page).toHaveURL(new RegExp(`/review\\?tag=${encodeURIComponent(TAG)}$`));
  await expect(review.progress).toHaveText('1 of 1');
  await expect(review.quote).toHaveText(STOLTENBERG);
  await expect(page.getByText(`Only #${TAG}.`)).toBeVisible();

  // The same address, typed or reloaded, still holds only the tagged highlight.
  const tagged = page.url();
  await page.goto(tagged);
  await expect(review.progress).toHaveText('1 of 1');
  await expect(review.quote).toHaveText(STOLTENBERG);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(review.emptyState('Done for now')).toBeVisible();
  await expect(page.getByText('You reviewed 1 highlight.')).toBeVisible();

  // The untagged one is still due in the full review.
  await review.goto();
  await expect(review.progress).toHaveText('1 of 1');
  await expect(review.quote).toHaveText(MINISTERS);
});

// Regression: the notebook's tag filter used to take in highlights whose article carried the
// tag while review did not. Tags are now the highlight's own in both, so they always agree.
test('an article’s tags do not pull its highlights into a tag filter or its review', async ({
  page,
}) => {
  await twoHighlights(page);
  const articleTags = page.getByRole('combobox', { name: 'Article tags' });
  await articleTags.fill(TAG);
  await articleTags.press('Enter');
  await expect(
    page
      .getByRole('region', { name: 'About this article' })
      .getByRole('button', { name: `Remove tag ${TAG}` }),
  ).toBeVisible();

  const notebook = new NotebookPage(page);
  await notebook.goto();
  await notebook.tagFilter.selectOption({ label: TAG });
  await expect(page.getByRole('heading', { name: 'Nothing matches these filters' })).toBeVisible();
  await notebook.reviewLink.click();

  await expect(page).toHaveURL(new RegExp(`/review\\?tag=${encodeURIComponent(TAG)}$`));
  await expect(page.getByRole('heading', { name: 'Nothing is due' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`a shown review card in ${theme} has no serious accessibility violations`, async ({
    page,
  }) => {
    await preferTheme(page, theme);
    await twoHighlights(page, { tag: true });
    const review = new ReviewPage(page);
    await review.goto();
    await expectTheme(page, theme);
    await expect(review.quote).toHaveText(MINISTERS);
    expect(await seriousViolations(page), 'before Space').toEqual([]);
    await page.keyboard.press('Space');
    await expect(review.gradeButton('Good')).toBeVisible();
    expect(await seriousViolations(page), 'shown').toEqual([]);
  });
}
