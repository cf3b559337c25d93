import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '@/domain/library/manifest';
import { ArticleList, VIRTUALISE_ABOVE } from './article-list';
import { pickableArticles } from './pickable';

const entries = (n: number): ManifestEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    file: `a${i}.txt`,
    size: 1,
    sha256: '',
    summary: {
      title: `Article ${i}`,
      titleSource: 'text',
      date: { iso: '2024-05-29', precision: 'day' },
      source: 'Example',
      language: 'de',
      wordCount: 440,
      readingMinutes: 2,
      excerpt: '',
    },
  }));

const renderList = (list: ManifestEntry[]) =>
  render(
    <ArticleList
      entries={list}
      renderCard={(e) => (
        <article>
          <h2>
            <a href={`/read/${e.id}`}>{e.summary?.title}</a>
          </h2>
        </article>
      )}
    />,
  );

const items = () => within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem');

describe('ArticleList', () => {
  it(`lists up to ${VIRTUALISE_ABOVE} articles plainly, every card in the DOM`, () => {
    renderList(entries(VIRTUALISE_ABOVE));
    expect(items()).toHaveLength(VIRTUALISE_ABOVE);
    expect(items()[0]).not.toHaveAttribute('aria-setsize');
    expect(screen.getByRole('link', { name: `Article ${VIRTUALISE_ABOVE - 1}` })).toBeVisible();
  });

  it('draws only the first cards of a long list, each with its place in the whole', async () => {
    renderList(entries(5_000));
    // The first cards are drawn plainly at once; the virtual list takes over once its code is in.
    expect(items()[0]).toHaveTextContent('Article 0');
    await waitFor(() => expect(items()[0]).toHaveAttribute('aria-setsize', '5000'));
    const shown = items();
    expect(shown.length).toBeGreaterThan(0);
    // jsdom measures every card as 0 px tall, so more fit its window than would in a browser.
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]).toHaveTextContent('Article 0');
    expect(shown[0]).toHaveAttribute('aria-setsize', '5000');
    expect(shown[0]).toHaveAttribute('aria-posinset', '1');
    expect(shown[1]).toHaveAttribute('aria-posinset', '2');
    expect(screen.queryByRole('link', { name: 'Article 4999' })).not.toBeInTheDocument();
  });
});

describe('pickableArticles', () => {
  it('lists readable articles and formats their detail line when it is read', () => {
    const list = [...entries(2), { id: 'broken', file: 'broken.txt', size: 0, sha256: '' }];
    const picked = pickableArticles(list);
    expect(picked.map((p) => [p.id, p.title])).toEqual([
      ['a0', 'Article 0'],
      ['a1', 'Article 1'],
    ]);
    expect(picked[0]?.detail).toBe('Example · 29. Mai 2024 · 2 min read');
  });
});
