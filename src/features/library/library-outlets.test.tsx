import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTag, setArticleDetails, setArticleTags } from '@/db';
import { getDb } from '@/db/database';
import type { SeedManifest } from '@/domain/library/manifest';
import { manifestEntry, seedManifest } from '@/domain/library/manifest.fixture';
import { manifestQuery } from '@/shared/queries/articles';
import { LibraryPage } from './library-page';

const MANIFEST: SeedManifest = seedManifest([
  manifestEntry('wsws', 'Alpha', { source: 'WSWS.ORG', outlet: 'WSWS.ORG' }),
  // Credits Reuters, published by Infobae (the outlet derived from the page).
  manifestEntry('infobae', 'Beta', { source: 'Reuters', outlet: 'Infobae', agency: 'Reuters' }),
  manifestEntry('rt', 'Gamma', { source: 'RT DE', outlet: 'RT DE' }),
  // An older summary: its source is all there is.
  manifestEntry('old', 'Delta', { source: 'wsws' }),
  manifestEntry('none', 'Epsilon', { titleSource: 'derived' }),
]);

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

function renderLibrary(search = '') {
  const memory = memoryLocation({ path: '/', searchPath: search, record: true });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(manifestQuery.queryKey, MANIFEST);
  render(
    <QueryClientProvider client={client}>
      <Router hook={memory.hook} searchHook={memory.searchHook}>
        <LibraryPage />
      </Router>
    </QueryClientProvider>,
  );
  return { url: () => memory.history.at(-1) ?? '' };
}

const list = () => screen.getByRole('list', { name: 'Articles' });
const titles = () =>
  within(list())
    .getAllByRole('article')
    .map((c) => within(c).getByRole('heading', { level: 2 }).textContent);
const outletSelect = () => screen.getByRole('combobox', { name: 'Outlet' });
const card = (title: string) =>
  screen.getByRole('link', { name: title }).closest('article') as HTMLElement;

describe('the library by outlet', () => {
  it('offers each outlet once, spellings grouped, with how many articles it has', async () => {
    renderLibrary();
    await screen.findByText('Alpha');
    const options = within(outletSelect())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'All outlets',
      'Infobae (1)',
      'RT DE (1)',
      'WSWS.ORG (2)',
      'No outlet (1)',
    ]);
  });

  it('filters by outlet, in the URL, with the count and a way back', async () => {
    const { url } = renderLibrary();
    await screen.findByText('Alpha');
    await userEvent.selectOptions(outletSelect(), 'wsws');
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Delta']));
    expect(url()).toBe('/?outlet=wsws');
    expect(screen.getByText('2 of 5 articles')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    await waitFor(() => expect(titles()).toHaveLength(5));
    expect(url()).toBe('/');
    // The button goes with the filter; focus stays with the filter's control.
    expect(outletSelect()).toHaveFocus();
  });

  it('reads the filter from the URL, "no outlet" included', async () => {
    renderLibrary('outlet=none');
    await waitFor(() => expect(titles()).toEqual(['Epsilon']));
    expect(outletSelect()).toHaveValue('none');
  });

  it('combines the outlet with tags, and says when nothing matches', async () => {
    const nato = await createTag(getDb(), 'NATO');
    await setArticleTags(getDb(), 'rt', [nato.id]);
    renderLibrary('outlet=infobae');
    await waitFor(() => expect(titles()).toEqual(['Beta']));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Filter by tag' })).getByRole('button', {
        name: 'NATO',
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'No article matches this outlet and these tags' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all articles' }));
    await waitFor(() => expect(titles()).toHaveLength(5));
  });

  it('shows and filters by the reader’s details: title, outlet, author, date', async () => {
    await setArticleDetails(getDb(), 'none', {
      title: 'Eigener Titel',
      outlet: 'Infobae',
      author: 'Anna Muster',
      date: '2022-10',
    });
    renderLibrary('outlet=infobae');
    await waitFor(() => expect(titles()).toEqual(['Eigener Titel', 'Beta']));
    const own = card('Eigener Titel');
    expect(own).toHaveTextContent('Infobae · Oktober 2022 · 2 min read');
    expect(own).toHaveTextContent('Anna Muster');
    // A title the reader set is not "taken from the first sentence".
    expect(own).not.toHaveTextContent('Title taken from the first sentence');
    expect(card('Beta')).toHaveTextContent('Infobae · 2 min read');
  });

  it('opens the details editor from a card', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    renderLibrary();
    await screen.findByText('Beta');
    await userEvent.click(screen.getByRole('button', { name: 'Details of “Beta”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Article details', hidden: true });
    expect(await within(dialog).findByLabelText('Outlet')).toHaveValue('Infobae');
  });
});
