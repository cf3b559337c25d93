import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addUserArticle,
  createHighlight,
  createLink,
  createTag,
  deleteHighlight,
  listHighlightsForArticle,
  renameTag,
  setArticleNote,
  setArticleTags,
  setMeta,
} from '@/db';
import { getDb } from '@/db/database';
import { target } from '@/db/test-utils';
import { samePlainData } from './annotations';
import * as live from './index';

beforeEach(async () => {
  const db = getDb();
  await db.delete();
  await db.open();
});

const highlight = (articleId: string, tags: string[] = []) =>
  createHighlight(getDb(), { articleId, target: target(0, 'x'), colorId: 'key-claim', tags });

describe('the live read hooks', () => {
  it('useTags follows writes', async () => {
    const { result } = renderHook(() => live.useTags());
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

    const usage = renderHook(() => live.useTagUsage());
    await waitFor(() =>
      expect(usage.result.current).toEqual({
        [nato.id]: { highlights: 2, articles: 0 },
        [russia.id]: { highlights: 1, articles: 1 },
      }),
    );
    const counts = renderHook(() => live.useHighlightCounts());
    await waitFor(() => expect(counts.result.current).toEqual({ a1: 2, a2: 1 }));
    const byArticle = renderHook(() => live.useHighlightTagsByArticle());
    await waitFor(() => expect(byArticle.result.current).toEqual({ a1: [nato.id, russia.id] }));
    const states = renderHook(() => live.useArticleStates());
    await waitFor(() => expect(states.result.current?.a3?.tags).toEqual([russia.id]));
    expect(Object.keys(states.result.current ?? {})).toEqual(['a3']);
  });

  it('useColors gives the palette in order', async () => {
    const { result } = renderHook(() => live.useColors());
    await waitFor(() => expect(result.current?.[0]?.label).toBe('Key claim'));
    expect(result.current?.map((c) => c.order)).toEqual([0, 1, 2, 3, 4]);
  });

  it('follow an article’s highlights, and give none for no article', async () => {
    const { result, rerender } = renderHook(({ id }) => live.useArticleHighlightRecords(id), {
      initialProps: { id: 'a1' as string | undefined },
    });
    await waitFor(() => expect(result.current).toEqual([]));
    const made = await act(() => highlight('a1'));
    await highlight('a2');
    await waitFor(() => expect(result.current?.map((h) => h.id)).toEqual([made.id]));
    rerender({ id: undefined });
    await waitFor(() => expect(result.current).toEqual([]));
    const all = renderHook(() => live.useAllHighlights());
    await waitFor(() => expect(all.result.current).toHaveLength(2));
  });

  it('show an early read until the live query answers', () => {
    const early = [{ id: 'early' }] as never[];
    const { result } = renderHook(() => live.useArticleHighlightRecords('a1', early));
    expect(result.current).toBe(early);
  });

  it('keep an early read the live query confirms: no second copy, nothing to draw again', async () => {
    await highlight('a1');
    await highlight('a1');
    const early = await listHighlightsForArticle(getDb(), 'a1');
    const seen: unknown[] = [];
    const { result } = renderHook(() => {
      const records = live.useArticleHighlightRecords('a1', early);
      if (seen.at(-1) !== records) seen.push(records);
      return records;
    });
    // The same query without an early read renders when it answers; this one has answered too.
    const plain = renderHook(() => live.useArticleHighlightRecords('a1'));
    await waitFor(() => expect(plain.result.current).toHaveLength(2));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const made = await act(() => highlight('a1'));
    await waitFor(() => expect(result.current?.at(-1)?.id).toBe(made.id));
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(early);
  });

  it('compare read records by value', () => {
    const record = { id: 'h', tags: ['t'], target: { position: { start: 1, end: 2 } }, note: '' };
    expect(samePlainData([record], [structuredClone(record)])).toBe(true);
    expect(samePlainData([record], [{ ...record, tags: ['t', 'u'] }])).toBe(false);
    expect(samePlainData([record], [{ ...record, extra: undefined }])).toBe(false);
    expect(samePlainData({ at: new Date(1) }, { at: new Date(2) })).toBe(false);
    expect(samePlainData([1], { 0: 1 })).toBe(false);
  });

  it('replace an early read the live query contradicts', async () => {
    const stored = await highlight('a1');
    const early = [{ ...stored, colorId: 'other' }];
    const { result } = renderHook(() => live.useArticleHighlightRecords('a1', early));
    await waitFor(() => expect(result.current?.[0]?.colorId).toBe('key-claim'));
  });

  it('read one highlight: null once it is gone or without an id', async () => {
    const made = await highlight('a1');
    const { result, rerender } = renderHook(({ id }) => live.useHighlight(id), {
      initialProps: { id: made.id as string | undefined },
    });
    await waitFor(() => expect(result.current?.id).toBe(made.id));
    await act(() => deleteHighlight(getDb(), made.id));
    await waitFor(() => expect(result.current).toBeNull());
    rerender({ id: undefined });
    await waitFor(() => expect(result.current).toBeNull());
  });

  it('list links with the highlight at the other end', async () => {
    const a = await highlight('a1');
    const b = await highlight('a2');
    const link = await createLink(getDb(), { fromId: a.id, toId: b.id, relation: 'supports' });
    const linked = renderHook(() => live.useLinkedHighlights(b.id));
    await waitFor(() => expect(linked.result.current).toEqual([{ link, partner: a }]));
    const all = renderHook(() => live.useAllLinks());
    await waitFor(() => expect(all.result.current).toEqual([link]));
    await act(() => deleteHighlight(getDb(), a.id));
    await waitFor(() => expect(linked.result.current).toEqual([]));
  });

  it('read one article’s state, the default one before it is saved', async () => {
    const { result } = renderHook(() => live.useArticleState('a1'));
    await waitFor(() => expect(result.current?.note).toBe(''));
    await act(() => setArticleNote(getDb(), 'a1', 'Eine Notiz'));
    await waitFor(() => expect(result.current?.note).toBe('Eine Notiz'));
  });

  it('list the articles the user added', async () => {
    const { result } = renderHook(() => live.useUserArticles());
    await waitFor(() => expect(result.current).toEqual([]));
    await act(() => addUserArticle(getDb(), { fileName: 'mein.txt', raw: 'Titel\n\nText.' }));
    await waitFor(() => expect(result.current?.map((a) => a.fileName)).toEqual(['mein.txt']));
  });

  it('tell the backup reminder how much there is and when it was last saved', async () => {
    const { result } = renderHook(() => live.useBackupStatus());
    await waitFor(() => expect(result.current).toEqual({ highlightCount: 0 }));
    const made = await act(() => highlight('a1'));
    await act(() => setMeta(getDb(), 'lastExportAt', '2025-01-01T00:00:00.000Z'));
    await waitFor(() =>
      expect(result.current).toEqual({
        highlightCount: 1,
        oldestHighlightAt: made.createdAt,
        lastExportAt: '2025-01-01T00:00:00.000Z',
      }),
    );
  });
});
