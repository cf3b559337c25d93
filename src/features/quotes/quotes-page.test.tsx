import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/database';
import { manifestEntry } from '@/domain/library/manifest.fixture';
import { renderWithArticle } from '@/shared/queries/articles.fixture';
import { runQuotes } from '@/shared/analysis/run-analysis';
import { QuotesPage } from './quotes-page';

vi.mock('@/shared/analysis/run-analysis', async (original) => ({
  ...(await original<typeof import('@/shared/analysis/run-analysis')>()),
  runQuotes: vi.fn(),
}));

const ENTRY = manifestEntry('a1', 'Bericht');
const TEXT = 'Bericht\n\n„Wir werden nicht nachgeben“, sagte Außenminister Lawrow am Mittwoch.';

function renderPage() {
  renderWithArticle(<QuotesPage />, ENTRY, TEXT);
}

describe('the Quotes view', () => {
  beforeEach(async () => {
    const db = getDb();
    await db.delete();
    await db.open();
  });

  it('shows who is quoted when the quotations are found', async () => {
    const { findQuotes } = await import('@/domain/quotes');
    vi.mocked(runQuotes).mockImplementation((article) => Promise.resolve(findQuotes(article)));
    renderPage();
    expect(await screen.findByRole('region', { name: /Lawrow/ })).toHaveTextContent(
      'Wir werden nicht nachgeben',
    );
  });

  it('says a quote set to nobody was the reader’s correction, and what had been found', async () => {
    const { findQuotes } = await import('@/domain/quotes');
    vi.mocked(runQuotes).mockImplementation((article) => Promise.resolve(findQuotes(article)));
    renderPage();
    const lawrow = await screen.findByRole('region', { name: /Lawrow/ });
    await userEvent.click(within(lawrow).getByRole('button', { name: 'Correct the speaker' }));
    await userEvent.click(within(lawrow).getByRole('button', { name: 'Nobody named' }));
    const nobody = await screen.findByRole('region', { name: 'Not attributed' });
    expect(nobody).toHaveTextContent('corrected by you');
    expect(nobody).toHaveTextContent('(found: ');
  });

  it('says why when the quotations cannot be found, instead of "no quotations"', async () => {
    vi.mocked(runQuotes).mockRejectedValue(new Error('The analysis could not start.'));
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The quotations could not be found');
    expect(alert).toHaveTextContent('The analysis could not start.');
    expect(screen.queryByText('No quotations found')).not.toBeInTheDocument();
  });
});
