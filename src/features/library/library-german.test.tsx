import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlight } from '@/db';
import { getDb } from '@/db/database';
import { target } from '@/db/test-utils';
import type { Tag } from '@/domain/annotations/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { loadLocale } from '@/shared/i18n';
import { ArticleCard } from './article-card';
import { RemoveArticleButton } from './remove-article-button';
import { TagFilterBar } from './tag-filter-bar';

const NATO: Tag = { id: 't1', name: 'NATO', color: 'blue', description: '', createdAt: '' };

const ENTRY: ManifestEntry = {
  id: 'a1',
  file: 'a1.txt',
  size: 100,
  sha256: 'a1',
  summary: {
    title: 'Alpha',
    titleSource: 'derived',
    date: { iso: '2024-05-29', precision: 'day' },
    source: 'Example',
    language: 'de',
    wordCount: 400,
    readingMinutes: 2,
    excerpt: 'Alpha excerpt',
  },
};

const card = (highlightCount: number) => (
  <ArticleCard
    entry={ENTRY}
    others={[]}
    onCompare={() => {}}
    tagIds={[]}
    allTags={[]}
    tagById={new Map()}
    highlightCount={highlightCount}
    onEditDetails={() => {}}
  />
);

const filterBar = (shown: number, total: number) => (
  <TagFilterBar
    tags={[NATO]}
    active={['t1']}
    shown={shown}
    total={total}
    onToggle={() => {}}
    onClear={() => {}}
  />
);

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
  await loadLocale('de');
});

afterEach(() => loadLocale('en'));

describe('the library in German', () => {
  it('counts filtered articles with the dative plural', () => {
    const { rerender } = render(filterBar(2, 3));
    expect(screen.getByText('2 von 3 Artikeln')).toBeInTheDocument();
    rerender(filterBar(1, 1));
    expect(screen.getByText('1 von 1 Artikel')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Nach Schlagwort filtern' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeInTheDocument();
  });

  it('says a card’s highlights, reading time and derived title in German', () => {
    const { rerender } = render(card(1));
    expect(screen.getByText('1 Markierung')).toBeInTheDocument();
    expect(screen.getByText('Example · 29. Mai 2024 · 2 Min. Lesezeit')).toBeInTheDocument();
    expect(screen.getByText(/^Titel aus dem ersten Satz/)).toBeInTheDocument();
    rerender(card(3));
    expect(screen.getByText('3 Markierungen')).toBeInTheDocument();
  });

  it('asks before removing an own article, counting its highlights', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<RemoveArticleButton id="mine" title="Mein Text" />);
    await user.click(
      screen.getByRole('button', { name: '„Mein Text“ aus der Bibliothek entfernen' }),
    );
    expect(await screen.findByText('Entfernen?')).toBeInTheDocument();
    unmount();
    for (const start of [0, 10]) {
      await createHighlight(getDb(), {
        articleId: 'mine',
        target: target(start, 'Wort'),
        colorId: 'key-claim',
        tags: [],
      });
    }
    render(<RemoveArticleButton id="mine" title="Mein Text" />);
    await user.click(
      screen.getByRole('button', { name: '„Mein Text“ aus der Bibliothek entfernen' }),
    );
    expect(await screen.findByText('Zusammen mit 2 Markierungen entfernen?')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '„Mein Text“ entfernen?' })).toBeInTheDocument();
  });
});
