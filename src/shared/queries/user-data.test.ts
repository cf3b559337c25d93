import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  createHighlight,
  createTag,
  getDb,
  renameTag,
  setArticleTags,
} from '@/db';
import { target } from '@/db/test-utils';
import {
  useArticleStates,
  useColors,
  useHighlightCounts,
  useHighlightTagsByArticle,
  useTagUsage,
  useTags,
  writeErrorMessage,
} from './user-data';

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

const highlight = (articleId: string, tags: string[] = []) =>
  createHighlight(getDb(), { articleId, target: target(0, 'x'), colorId: 'key-claim', tags });

describe('user data hooks', () => {
  it('useTags follows writes', async () => {
    const { result } = renderHook(() => useTags());
    await waitFor(() => expect(result.current).toEqual([]));
    const tag = await act(() => createTag(getDb(), 'NATO'));
    await waitFor(() => expect(result.current?.map((t) => t.name)).toEqual(['NATO']));
    await act(() => renameTag(getDb(), tag.id, 'Bündnis'));
    await waitFor(() => expect(result.current?.map((t) => t.name)).toEqual(['Bündnis']));
  });

  it('counts tag usage, highlights per article and tags of highlights per article', async () => {
    const db = getDb();
    const nato = await createTag(db, 'NATO');
    const russia = await createTag(db, 'Russland');
    await highlight('a1', [nato.id]);
    await highlight('a1', [nato.id, russia.id]);
    await highlight('a2');
    await setArticleTags(db, 'a3', [russia.id]);

    const usage = renderHook(() => useTagUsage());
    await waitFor(() =>
      expect(usage.result.current).toEqual({
        [nato.id]: { highlights: 2, articles: 0 },
        [russia.id]: { highlights: 1, articles: 1 },
      }),
    );
    const counts = renderHook(() => useHighlightCounts());
    await waitFor(() => expect(counts.result.current).toEqual({ a1: 2, a2: 1 }));
    const byArticle = renderHook(() => useHighlightTagsByArticle());
    await waitFor(() => expect(byArticle.result.current).toEqual({ a1: [nato.id, russia.id] }));
    const states = renderHook(() => useArticleStates());
    await waitFor(() => expect(states.result.current?.a3?.tags).toEqual([russia.id]));
    expect(Object.keys(states.result.current ?? {})).toEqual(['a3']);
  });

  it('useColors gives the palette in order', async () => {
    const { result } = renderHook(() => useColors());
    await waitFor(() => expect(result.current?.[0]?.label).toBe('Key claim'));
    expect(result.current?.map((c) => c.order)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('writeErrorMessage', () => {
  it('shows the message of input the user can fix', () => {
    expect(writeErrorMessage(new InvalidInputError('Type a name for the tag.'))).toBe(
      'Type a name for the tag.',
    );
  });

  it('explains storage failures', () => {
    expect(writeErrorMessage(new DOMException('full', 'QuotaExceededError'))).toMatch(/full/);
    expect(writeErrorMessage(new Error('boom'))).toMatch(/couldn't read or save/);
  });
});
