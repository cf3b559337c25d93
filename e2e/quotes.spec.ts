import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';

test('the Quotes view shows who is quoted where, opens a quote in its article, and keeps a corrected speaker', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/quotes');
  await expect(page.getByRole('heading', { name: 'Quotes', level: 1 })).toBeVisible();
  const matrix = page.getByRole('table');
  const stoltenberg = matrix.getByRole('row', { name: /Jens Stoltenberg/ });
  await expect(stoltenberg).toBeVisible();
  // Quoted in the three Stoltenberg reports (002 Infobae, 003, 004 RT DE), not in the WSWS pieces.
  const cells = stoltenberg.getByRole('button', { name: /quotes? of Jens Stoltenberg in/ });
  await expect(cells).toHaveCount(3);

  // A count opens that speaker's quotes in that article.
  await stoltenberg
    .getByRole('button', { name: /of Jens Stoltenberg in “Die NATO warnte/ })
    .click();
  await expect(page).toHaveURL(/speaker=.*&article=002_|article=002_.*speaker=/);
  const list = page.getByRole('region', { name: 'Jens Stoltenberg' });
  await expect(list.getByRole('listitem').first()).toContainText('nukleare Rhetorik beenden');
  await expect(page.getByRole('region', { name: 'Sergej Lawrow' })).toHaveCount(0);

  // Correct the speaker of one quote; the correction is kept across a reload.
  const item = list.getByRole('listitem').filter({ hasText: 'Es besteht kein Zweifel' });
  await item.getByRole('button', { name: 'Correct the speaker' }).click();
  await item.getByRole('combobox', { name: 'Speaker' }).fill('Ein NATO-Sprecher');
  await item.getByRole('button', { name: 'Save' }).click();
  await page.goto(`/quotes?article=${SEEDS.nuclear.id}`);
  const corrected = page.getByRole('region', { name: 'Ein NATO-Sprecher' });
  await expect(corrected).toContainText('Es besteht kein Zweifel');
  await expect(corrected).toContainText('corrected by you');
  await expect(corrected).toContainText('(found: Jens Stoltenberg)');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Ein NATO-Sprecher' })).toBeVisible();
  // And undone.
  await page
    .getByRole('region', { name: 'Ein NATO-Sprecher' })
    .getByRole('button', { name: 'Back to what Sidenote found' })
    .click();
  await expect(page.getByRole('region', { name: 'Ein NATO-Sprecher' })).toHaveCount(0);

  // "Open in the article" opens the reader with the quote selected.
  await page
    .getByRole('region', { name: 'Jens Stoltenberg' })
    .getByRole('listitem')
    .first()
    .getByRole('link', { name: 'Open in the article' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/read/${SEEDS.nuclear.id}#t-\\d+-\\d+`));
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.toString() ?? ''))
    .toContain('nukleare Rhetorik beenden');
});
