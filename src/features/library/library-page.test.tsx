import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlight, createTag, getArticleState, listTags, setArticleTags } from '@/db';
import { getDb } from '@/db/database';
import { target } from '@/db/test-utils';
import type { SeedManifest } from '@/domain/library/manifest';
import { manifestEntry, seedManifest } from '@/domain/library/manifest.fixture';
import { manifestQuery } from '@/shared/queries/articles';
import { LibraryPage } from './library-page';

const MANIFEST: SeedManifest = seedManifest([
  manifestEntry('a1', 'Alpha', {
    date: { iso: '2024-03-01', precision: 'day' },
    source: 'Example',
  }),
  manifestEntry('a2', 'Beta', { date: { iso: '2024-02-01', precision: 'day' }, source: 'Example' }),
  manifestEntry('a3', 'Gamma', {
    date: { iso: '2024-01-01', precision: 'day' },
    source: 'Example',
  }),
]);

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

/** NATO on Alpha (article tag) and on Beta (through a highlight); Russland on Alpha only. */
async function seed() {
  const db = getDb();
  const nato = await createTag(db, 'NATO', { color: 'blue' });
  const russia = await createTag(db, 'Russland');
  await setArticleTags(db, 'a1', [nato.id, russia.id]);
  for (const start of [0, 10]) {
    await createHighlight(db, {
      articleId: 'a2',
      target: target(start, 'Wort'),
      colorId: 'key-claim',
      tags: start === 0 ? [nato.id] : [],
    });
  }
  return { nato, russia };
}

function renderLibrary(search = '', manifest: SeedManifest = MANIFEST) {
  const memory = memoryLocation({ path: '/', searchPath: search, record: true });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(manifestQuery.queryKey, manifest);
  render(
    <QueryClientProvider client={client}>
      <Router hook={memory.hook} searchHook={memory.searchHook}>
        <LibraryPage />
      </Router>
    </QueryClientProvider>,
  );
  const url = () => memory.history.at(-1) ?? '';
  return { url };
}

const cards = () => within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('article');
const titles = () => cards().map((c) => within(c).getByRole('heading', { level: 2 }).textContent);
const card = (title: string) =>
  screen.getByRole('link', { name: title }).closest('article') as HTMLElement;
const filterButton = (name: string) =>
  within(screen.getByRole('group', { name: 'Filter by tag' })).getByRole('button', { name });

describe('LibraryPage with tags', () => {
  it('shows each article’s tags and highlight count on its card', async () => {
    await seed();
    renderLibrary();
    await waitFor(() => expect(card('Alpha')).toHaveTextContent('NATO'));
    await waitFor(() => expect(card('Beta')).toHaveTextContent('2 highlights'));
    expect(card('Alpha')).toHaveTextContent('Russland');
    expect(card('Alpha')).not.toHaveTextContent('highlight');
    expect(card('Gamma')).not.toHaveTextContent(/highlight|NATO/);
    // The list keeps its shape: one list item per article.
    expect(
      within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem'),
    ).toHaveLength(3);
  });

  it('filters by the tags in the URL, counting tags on highlights too', async () => {
    const { nato } = await seed();
    renderLibrary(`tag=${nato.id}`);
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta']));
    expect(screen.getByText('2 of 3 articles')).toBeInTheDocument();
    expect(filterButton('NATO')).toHaveAttribute('aria-pressed', 'true');
    expect(filterButton('Russland')).toHaveAttribute('aria-pressed', 'false');
  });

  it('reads a tag by its name in the URL, in any case', async () => {
    await seed();
    renderLibrary('tag=nato');
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta']));
    expect(filterButton('NATO')).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers only the tags used in the library as filters', async () => {
    await seed();
    await createTag(getDb(), 'Unbenutzt');
    renderLibrary();
    await waitFor(() => expect(filterButton('Russland')).toBeInTheDocument());
    const group = screen.getByRole('group', { name: 'Filter by tag' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['NATO', 'Russland']);
  });

  it('reads several tags, repeated or comma-separated, and needs all of them', async () => {
    const { nato, russia } = await seed();
    renderLibrary(`tag=${nato.id},${russia.id}`);
    await waitFor(() => expect(titles()).toEqual(['Alpha']));
    expect(screen.getByText('1 of 3 articles')).toBeInTheDocument();
  });

  it('a filter chip toggles the tag in the URL and keeps the sort', async () => {
    const user = userEvent.setup();
    const { russia } = await seed();
    const { url } = renderLibrary('sort=title');
    await user.click(await screen.findByRole('button', { name: 'NATO' }));
    expect(url()).toBe(`/?sort=title&tag=NATO`);
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta']));

    await user.click(filterButton('Russland'));
    expect(url()).toBe(`/?sort=title&tag=NATO&tag=${encodeURIComponent(russia.name)}`);
    await user.click(filterButton('NATO'));
    expect(url()).toBe(`/?sort=title&tag=${encodeURIComponent(russia.name)}`);
    expect(titles()).toEqual(['Alpha']);
  });

  it('changing the sort keeps the tag filter', async () => {
    const user = userEvent.setup();
    const { nato } = await seed();
    const { url } = renderLibrary(`tag=${nato.id}`);
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta']));
    await user.selectOptions(screen.getByLabelText('Sort'), 'oldest');
    expect(url()).toBe(`/?tag=${nato.id}&sort=oldest`);
    expect(titles()).toEqual(['Beta', 'Alpha']);
  });

  it('Clear filter shows every article and drops only the tag from the URL', async () => {
    const user = userEvent.setup();
    const { nato } = await seed();
    const { url } = renderLibrary(`sort=title&tag=${nato.id}`);
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta']));
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(url()).toBe('/?sort=title');
    expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(screen.queryByText(/of 3 articles/)).not.toBeInTheDocument();
    expect(filterButton('NATO')).toHaveFocus();
  });

  it('explains an empty result and how to clear it', async () => {
    const user = userEvent.setup();
    const db = getDb();
    const { russia } = await seed();
    await setArticleTags(db, 'a3', [(await createTag(db, 'Ukraine')).id]);
    const ukraine = (await listTags(db)).find((t) => t.name === 'Ukraine');
    const { url } = renderLibrary(`tag=${russia.id}&tag=${ukraine?.id ?? ''}`);
    expect(
      await screen.findByRole('heading', { name: 'No article has all the chosen tags' }),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of 3 articles')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Articles' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all articles' }));
    expect(url()).toBe('/');
    expect(titles()).toHaveLength(3);
  });

  it('ignores a tag in the URL that no longer exists', async () => {
    await seed();
    renderLibrary('tag=deleted-long-ago');
    await waitFor(() => expect(titles()).toEqual(['Alpha', 'Beta', 'Gamma']));
    expect(screen.queryByText(/of 3 articles/)).not.toBeInTheDocument();
  });

  it('edits an article’s tags from its card, creating a new tag on the way', async () => {
    const user = userEvent.setup();
    const { nato } = await seed();
    renderLibrary();
    const trigger = await screen.findByRole('button', { name: 'Edit tags of “Gamma”' });
    await waitFor(() => expect(trigger).toBeEnabled());
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Tags of “Gamma”' });
    const field = await within(dialog).findByRole('combobox', { name: 'Tags of this article' });
    await waitFor(() => expect(field).toHaveFocus());

    await user.type(field, 'nat{Enter}');
    await user.type(field, 'Sanktionen{Enter}');
    await waitFor(async () => expect((await getArticleState(getDb(), 'a3')).tags).toHaveLength(2));
    const tags = await listTags(getDb());
    const sanctions = tags.find((t) => t.name === 'Sanktionen');
    expect((await getArticleState(getDb(), 'a3')).tags).toEqual([nato.id, sanctions?.id]);
    await waitFor(() => expect(card('Gamma')).toHaveTextContent('NATO'));
    expect(card('Gamma')).toHaveTextContent('Sanktionen');

    await user.click(within(dialog).getByRole('button', { name: 'Remove tag NATO' }));
    await waitFor(async () =>
      expect((await getArticleState(getDb(), 'a3')).tags).toEqual([sanctions?.id]),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(trigger).toHaveFocus();
  });
});

describe('LibraryPage with a long list', () => {
  // More articles than VIRTUALISE_ABOVE: only the first cards are drawn, the filter still
  // counts and finds every article, and a short filtered list is a plain one again.
  // 120 cards take a while to render in jsdom on a busy machine.
  const SLOW = { timeout: 5_000 };
  const LONG: SeedManifest = {
    ...MANIFEST,
    articles: Array.from({ length: 120 }, (_, i) =>
      manifestEntry(`l${i}`, `Artikel ${i}`, {
        date: { iso: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, precision: 'day' },
        source: 'Example',
      }),
    ),
  };

  it('draws the first cards and finds an article far down the list by its tag', async () => {
    const db = getDb();
    const nato = await createTag(db, 'NATO');
    await setArticleTags(db, 'l0', [nato.id]);
    await setArticleTags(db, 'l100', [nato.id]);
    const user = userEvent.setup();
    const { url } = renderLibrary('', LONG);
    const items = () =>
      within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem');
    await waitFor(() => expect(items()[0]).toHaveAttribute('aria-setsize', '120'), SLOW);
    expect(items().length).toBeLessThan(120);
    expect(screen.getByText('120 articles', { exact: false })).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'NATO' }, SLOW));
    expect(url()).toBe(`/?tag=NATO`);
    // Newest first: l100 is dated 17 January, l0 1 January.
    await waitFor(() => expect(titles()).toEqual(['Artikel 100', 'Artikel 0']), SLOW);
    expect(screen.getByText('2 of 120 articles')).toBeInTheDocument();
    expect(items()[0]).not.toHaveAttribute('aria-setsize');
  });
});
