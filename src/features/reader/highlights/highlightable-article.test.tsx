import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '@/domain/article';
import { useToasts } from '@/shared/stores/toasts';
import { HighlightableArticle } from './highlightable-article';
import type { ArticleHighlights } from './use-article-highlights';

const TEXT = 'Die Nato-Außenminister trafen sich am Freitag.\n\nStoltenberg sprach.\n';
const NONE: ArticleHighlights = { loading: false, anchored: [], orphans: [], textHash: '' };

function article() {
  const parsed = parseArticle('a1', TEXT);
  if (!parsed.ok) throw new Error('the test text does not parse');
  return parsed.article;
}

afterEach(() => history.replaceState(null, '', '/'));

describe('HighlightableArticle', () => {
  it.each(['#h-%', '#h-%E0%A4%A', '#t-5-x', '#t-%'])(
    'opens on a malformed link fragment %s instead of crashing',
    (hash) => {
      history.replaceState(null, '', `/read/a1${hash}`);
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      render(
        <QueryClientProvider client={client}>
          <HighlightableArticle article={article()} highlights={NONE} />
        </QueryClientProvider>,
      );
      expect(screen.getByRole('region', { name: 'Article text' })).toHaveTextContent(
        'Stoltenberg sprach.',
      );
    },
  );

  it('says so when a link names a highlight that is gone', () => {
    history.replaceState(null, '', '/read/a1#h-0f1e2d3c');
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <HighlightableArticle article={article()} highlights={NONE} />
      </QueryClientProvider>,
    );
    expect(useToasts.getState().toasts.map((t) => t.message)).toContainEqual(
      expect.stringMatching(/^The highlight this link points to is gone/),
    );
  });
});
