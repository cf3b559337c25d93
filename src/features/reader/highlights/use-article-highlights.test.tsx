import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '@/domain/anchoring';
import { parseArticle } from '@/domain/article';
import { addHighlight, newHighlight } from '@/db';
import { getDb } from '@/db/database';
import { usePendingHighlights } from './pending';
import { useArticleHighlights } from './use-article-highlights';

const TEXT =
  'Die Nato-Außenminister trafen sich am Freitag.\n\nJens Stoltenberg sprach über Abschreckung und Dialog.\n';

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
  usePendingHighlights.setState({ pending: [] });
});

function setup() {
  const parsed = parseArticle('a1', TEXT);
  if (!parsed.ok) throw new Error('the test text does not parse');
  const { article } = parsed;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useArticleHighlights(article), { wrapper });
  const highlightOf = (words: string) => {
    const start = article.text.indexOf(words);
    const { position, quote } = describeRange(article.text, start, start + words.length);
    return newHighlight({
      articleId: article.id,
      target: { position, quote, textHash: '' },
      colorId: 'key-claim',
    });
  };
  return { hook, highlightOf, article };
}

describe('useArticleHighlights', () => {
  it('shows a highlight before it is stored, and keeps one copy once it is', async () => {
    const { hook, highlightOf, article } = setup();
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    const made = highlightOf('Stoltenberg');

    act(() => usePendingHighlights.getState().add(made));
    const shown = hook.result.current.anchored.map((a) => a.highlight.id);
    expect(shown).toEqual([made.id]);
    expect(
      article.text.slice(
        hook.result.current.anchored[0]?.start,
        hook.result.current.anchored[0]?.end,
      ),
    ).toBe('Stoltenberg');

    await addHighlight(getDb(), made);
    await waitFor(() => expect(usePendingHighlights.getState().pending).toEqual([]));
    expect(hook.result.current.anchored.map((a) => a.highlight.id)).toEqual([made.id]);
  });

  it('takes a highlight out again when its write is dropped', async () => {
    const { hook, highlightOf } = setup();
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    const made = highlightOf('Freitag');
    act(() => usePendingHighlights.getState().add(made));
    expect(hook.result.current.anchored).toHaveLength(1);
    act(() => usePendingHighlights.getState().drop(new Set([made.id])));
    expect(hook.result.current.anchored).toHaveLength(0);
  });

  it('shows only this article’s pending highlights', async () => {
    const { hook, highlightOf } = setup();
    await waitFor(() => expect(hook.result.current.loading).toBe(false));
    const other = { ...highlightOf('Dialog'), articleId: 'a2' };
    act(() => usePendingHighlights.getState().add(other));
    expect(hook.result.current.anchored).toHaveLength(0);
  });
});
