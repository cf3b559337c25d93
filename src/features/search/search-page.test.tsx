import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/database';
import { manifestEntry, seedManifest } from '@/domain/library/manifest.fixture';
import { manifestQuery } from '@/shared/queries/articles';
import { renderWithArticle } from '@/shared/queries/articles.fixture';
import { SearchClient } from './search-client';
import { SearchPage } from './search-page';

const ENTRY = manifestEntry('a1', 'Gipfel');
const TEXT = 'Gipfel\n\nStoltenberg sprach in Washington über das Bündnis.';

function renderPage() {
  renderWithArticle(<SearchPage />, ENTRY, TEXT);
}

describe('the search page', () => {
  beforeEach(async () => {
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/search?q=Stoltenberg');
    const db = getDb();
    await db.delete();
    await db.open();
  });

  it('shows what the index (here in this thread, as jsdom has no workers) finds', async () => {
    renderPage();
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'In the articles' })).toHaveTextContent(
      'Stoltenberg',
    );
  });

  it('reads an article no view has parsed from its file, and parses it for the index', async () => {
    const fetched = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        new Response(TEXT, { headers: { 'content-type': 'text/plain; charset=utf-8' } }),
      );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(manifestQuery.queryKey, seedManifest([ENTRY]));
    render(
      <QueryClientProvider client={client}>
        <SearchPage />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    expect(fetched).toHaveBeenCalledWith(`/seeds/${ENTRY.file}`, expect.anything());
  });

  it('says why when the index cannot be built, instead of "nothing found"', async () => {
    vi.spyOn(SearchClient.prototype, 'index').mockRejectedValue(
      new Error('The search could not start.'),
    );
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Search is not available');
    expect(alert).toHaveTextContent('The search could not start.');
    expect(screen.queryByText(/Nothing found/)).not.toBeInTheDocument();
  });

  it('says why when a search fails', async () => {
    vi.spyOn(SearchClient.prototype, 'search').mockRejectedValue(new Error('Out of memory'));
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('Out of memory');
    expect(screen.queryByText(/Nothing found/)).not.toBeInTheDocument();
  });
});
