import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlight, createLink, listAllLinks } from '@/db';
import { getDb } from '@/db/database';
import { target } from '@/db/test-utils';
import type { Highlight } from '@/domain/annotations/types';
import type { SeedManifest } from '@/domain/library/manifest';
import { manifestEntry, seedManifest } from '@/domain/library/manifest.fixture';
import { loadLocale } from '@/shared/i18n';
import { manifestQuery } from '@/shared/queries/articles';
import { LinkSection } from './link-section';
import { PaneContext, type PaneInfo } from './pane-context';

const MANIFEST: SeedManifest = seedManifest([
  manifestEntry('a1', 'Alpha'),
  manifestEntry('a2', 'Beta'),
  manifestEntry('a3', 'Gamma'),
]);

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

afterEach(() => loadLocale('en'));

async function seed() {
  const db = getDb();
  const make = (articleId: string, start: number, exact: string) =>
    createHighlight(db, { articleId, target: target(start, exact), colorId: 'key-claim' });
  const here = await make('a1', 0, 'Die Regierung bestreitet das');
  const first = await make('a2', 40, 'Das Ministerium bestätigt die Zahl');
  const second = await make('a2', 5, 'Am Montag meldete die Agentur');
  return { here, first, second };
}

function renderSection(highlight: Highlight, pane?: PaneInfo) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(manifestQuery.queryKey, MANIFEST);
  render(
    <QueryClientProvider client={client}>
      <PaneContext.Provider value={pane}>
        <LinkSection highlight={highlight} />
      </PaneContext.Provider>
    </QueryClientProvider>,
  );
  return screen.getByRole('region', { name: /Linked passages|Verknüpfte Textstellen/ });
}

describe('linking a highlight to a passage in any article, from its card', () => {
  it('picks an article, one of its highlights, a relation and why, and makes the link', async () => {
    const { here, first } = await seed();
    const section = renderSection(here);
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Link to a passage…' }));
    const picker = within(section).getByRole('group', { name: 'Link to a passage' });
    const link = within(picker).getByRole('button', { name: 'Link' });
    expect(link).toBeDisabled();

    await user.selectOptions(within(picker).getByRole('combobox', { name: 'Article' }), 'Beta');
    const passages = await within(picker).findByRole('group', { name: 'Passage' });
    // In reading order, quotes shown.
    expect(
      within(passages)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Am Montag meldete die Agentur', 'Das Ministerium bestätigt die Zahl']);
    await user.click(within(passages).getByRole('radio', { name: /Das Ministerium/ }));
    await user.selectOptions(
      within(picker).getByRole('combobox', { name: 'Relation' }),
      'Contradicts',
    );
    await user.type(
      within(picker).getByRole('textbox', { name: 'Why (optional)' }),
      'Zahl gegen Zahl',
    );
    await user.click(link);

    await waitFor(async () => expect(await listAllLinks(getDb())).toHaveLength(1));
    const [made] = await listAllLinks(getDb());
    expect(made).toMatchObject({
      fromId: here.id,
      toId: first.id,
      relation: 'contradicts',
      note: 'Zahl gegen Zahl',
    });
    // The picker closes; the card lists the link with its note; focus is back on the button.
    const items = await within(section).findAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Contradicts');
    expect(items[0]).toHaveTextContent('Das Ministerium bestätigt die Zahl');
    expect(items[0]).toHaveTextContent('Zahl gegen Zahl');
    expect(within(section).queryByRole('group', { name: 'Link to a passage' })).toBeNull();
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: 'Link to a passage…' })).toHaveFocus(),
    );
  });

  it('does not offer the highlight itself or one already linked, and says when nothing is left', async () => {
    const { here, first, second } = await seed();
    await createLink(getDb(), { fromId: here.id, toId: first.id, relation: 'supports' });
    const section = renderSection(here);
    const user = userEvent.setup();
    await within(section).findByRole('listitem');
    await user.click(within(section).getByRole('button', { name: 'Link to a passage…' }));
    const picker = within(section).getByRole('group', { name: 'Link to a passage' });
    const article = within(picker).getByRole('combobox', { name: 'Article' });

    await user.selectOptions(article, 'Beta');
    const passages = await within(picker).findByRole('group', { name: 'Passage' });
    expect(within(passages).getAllByRole('radio')).toHaveLength(1);
    expect(within(passages).getByRole('radio')).toHaveAccessibleName(second.target.quote.exact);

    await user.selectOptions(article, 'Alpha');
    expect(
      await within(picker).findByText(
        'No highlight in this article to link to. Highlight the passage there first.',
      ),
    ).toBeVisible();
    await user.selectOptions(article, 'Gamma');
    expect(within(picker).queryByRole('group', { name: 'Passage' })).toBeNull();

    await user.click(within(picker).getByRole('button', { name: 'Cancel' }));
    expect(within(section).queryByRole('group', { name: 'Link to a passage' })).toBeNull();
    expect(await listAllLinks(getDb())).toHaveLength(1);
  });

  it('side by side, a link to a highlight in the other pane carries a note too', async () => {
    const { here, second } = await seed();
    const section = renderSection(here, { side: 'left', otherArticleId: 'a2', otherTitle: 'Beta' });
    const user = userEvent.setup();
    const partner = await within(section).findByRole('combobox', { name: 'Passage in “Beta”' });
    await waitFor(() => expect(within(partner).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(partner, second.id);
    await user.type(
      within(section).getByRole('textbox', { name: 'Why (optional)' }),
      'Gleicher Tag',
    );
    await user.click(within(section).getByRole('button', { name: 'Link passages' }));
    await waitFor(async () => expect(await listAllLinks(getDb())).toHaveLength(1));
    const [made] = await listAllLinks(getDb());
    expect(made).toMatchObject({ fromId: here.id, toId: second.id, note: 'Gleicher Tag' });
    expect(await within(section).findByRole('listitem')).toHaveTextContent('Gleicher Tag');
  });

  it('speaks German', async () => {
    await loadLocale('de');
    const { here } = await seed();
    const section = renderSection(here);
    const user = userEvent.setup();
    await user.click(
      within(section).getByRole('button', { name: 'Mit einer Textstelle verknüpfen…' }),
    );
    const picker = within(section).getByRole('group', { name: 'Mit einer Textstelle verknüpfen' });
    await user.selectOptions(within(picker).getByRole('combobox', { name: 'Artikel' }), 'Beta');
    expect(await within(picker).findByRole('group', { name: 'Textstelle' })).toBeVisible();
    expect(within(picker).getByRole('textbox', { name: 'Warum (optional)' })).toBeVisible();
    expect(within(picker).getByRole('button', { name: 'Verknüpfen' })).toBeDisabled();
  });
});
