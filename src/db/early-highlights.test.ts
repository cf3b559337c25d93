import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DB_NAME } from './connect';
import {
  prefetchArticleHighlights,
  readArticleHighlights,
  takeEarlyHighlights,
} from './early-highlights';
import { createHighlight, listHighlightsForArticle } from './highlights-repo';
import { target, uniqueDbName, useTestDb } from './test-utils';

describe('early highlights (read during a cold start)', () => {
  const db = useTestDb();

  it('hands the article’s highlights to the first taker only', async () => {
    await createHighlight(db(), { articleId: 'a1', target: target(0, 'eins'), colorId: 'c' });
    await createHighlight(db(), { articleId: 'a2', target: target(0, 'zwei'), colorId: 'c' });
    await prefetchArticleHighlights('a1', db().name);
    expect(takeEarlyHighlights('a1')?.map((h) => h.target.quote.exact)).toEqual(['eins']);
    // A later visit reads afresh, so it never sees highlights as they were.
    expect(takeEarlyHighlights('a1')).toBeUndefined();
  });

  it('gives nothing while still reading, and keeps nothing that arrives after', async () => {
    await createHighlight(db(), { articleId: 'a1', target: target(0, 'eins'), colorId: 'c' });
    const reading = prefetchArticleHighlights('a1', db().name);
    expect(takeEarlyHighlights('a1')).toBeUndefined();
    await reading;
    expect(takeEarlyHighlights('a1')).toBeUndefined();
  });

  it('reads what the repository reads, oldest first, without the storage engine', async () => {
    const times = [
      '2025-03-01T08:00:02.000Z',
      '2025-03-01T08:00:00.000Z',
      '2025-03-01T08:00:01.000Z',
    ];
    for (const [i, at] of times.entries()) {
      await db().highlights.add({
        id: `h${2 - i}`,
        articleId: 'a1',
        target: target(i, `w${i}`),
        colorId: 'c',
        note: '',
        tags: [],
        createdAt: at,
        updatedAt: at,
      });
    }
    await createHighlight(db(), { articleId: 'a2', target: target(0, 'zwei'), colorId: 'c' });
    db().close();
    const read = await readArticleHighlights(db().name, 'a1');
    expect(read?.map((h) => h.createdAt)).toEqual([...times].sort());
    await db().open();
    expect(read).toEqual(await listHighlightsForArticle(db(), 'a1'));
  });

  it('neither opens nor creates a database that is not there (a first visit)', async () => {
    const name = uniqueDbName();
    await prefetchArticleHighlights('a1', name);
    expect(takeEarlyHighlights('a1')).toBeUndefined();
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
  });

  it('where the browser cannot list databases, opens without creating one', async () => {
    const spy = vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not supported'));
    try {
      expect(await readArticleHighlights(DEFAULT_DB_NAME, 'a1')).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
    expect((await indexedDB.databases()).some((d) => d.name === DEFAULT_DB_NAME)).toBe(false);
  });
});
