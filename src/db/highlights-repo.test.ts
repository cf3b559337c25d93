import { describe, expect, it } from 'vitest';
import {
  countHighlightsByArticle,
  createHighlight,
  deleteHighlight,
  getHighlight,
  listAllHighlights,
  listHighlightsForArticle,
  restoreHighlight,
  updateHighlight,
} from './highlights-repo';
import { createLink, listLinksFor } from './links-repo';
import { target, useTestDb } from './test-utils';

describe('highlights repository', () => {
  const db = useTestDb();

  it('creates a highlight with defaults and lists every highlight of that article only', async () => {
    const a = await createHighlight(db(), {
      articleId: 'a1',
      target: target(10, 'second'),
      colorId: 'key-claim',
    });
    const b = await createHighlight(db(), {
      articleId: 'a1',
      target: target(0, 'first'),
      colorId: 'evidence',
      tags: ['t1', 't1', 't2'],
    });
    await createHighlight(db(), {
      articleId: 'a2',
      target: target(0, 'other'),
      colorId: 'context',
    });

    expect(a.note).toBe('');
    expect(a.tags).toEqual([]);
    expect(a.createdAt).toBe(a.updatedAt);
    expect(b.tags).toEqual(['t1', 't2']);
    const listed = await listHighlightsForArticle(db(), 'a1');
    expect(listed.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect(listed.find((h) => h.id === b.id)).toEqual(b);
    expect(await listAllHighlights(db())).toHaveLength(3);
    expect(await listHighlightsForArticle(db(), 'nothing')).toEqual([]);
  });

  it('returns plain objects', async () => {
    await createHighlight(db(), { articleId: 'a1', target: target(0, 'x'), colorId: 'evidence' });
    const [h] = await listAllHighlights(db());
    expect(Object.getPrototypeOf(h)).toBe(Object.prototype);
  });

  it('update applies the patch, keeps the rest and moves updatedAt forward', async () => {
    const h = await createHighlight(db(), {
      articleId: 'a1',
      target: target(0, 'quote'),
      colorId: 'key-claim',
    });
    const updated = await updateHighlight(db(), h.id, { note: 'My *note*', colorId: 'disputed' });
    expect(updated).toBeDefined();
    expect(updated?.note).toBe('My *note*');
    expect(updated?.colorId).toBe('disputed');
    expect(updated?.target).toEqual(h.target);
    expect(updated?.createdAt).toBe(h.createdAt);
    expect(Date.parse(updated?.updatedAt ?? '')).toBeGreaterThan(Date.parse(h.updatedAt));
    expect(await getHighlight(db(), h.id)).toEqual(updated);
  });

  it('update of a missing highlight resolves to undefined and writes nothing', async () => {
    expect(await updateHighlight(db(), 'missing', { note: 'x' })).toBeUndefined();
    expect(await listAllHighlights(db())).toEqual([]);
  });

  it('delete then restore gives back the same record, links and review state', async () => {
    const make = (start: number) =>
      createHighlight(db(), { articleId: 'a1', target: target(start, 'q'), colorId: 'evidence' });
    const h = await make(0);
    const other = await make(5);
    const third = await make(9);
    const l1 = await createLink(db(), { fromId: h.id, toId: other.id, relation: 'supports' });
    const l2 = await createLink(db(), { fromId: third.id, toId: h.id, relation: 'contradicts' });
    const unrelated = await createLink(db(), { fromId: other.id, toId: third.id });
    const review = {
      highlightId: h.id,
      due: '2025-01-01T00:00:00.000Z',
      stability: 1,
      difficulty: 5,
      reps: 1,
      lapses: 0,
      state: 1,
    };
    await db().reviews.put(review);

    const deleted = await deleteHighlight(db(), h.id);
    expect(deleted?.highlight).toEqual(h);
    expect(deleted?.links.map((l) => l.id).sort()).toEqual([l1.id, l2.id].sort());
    expect(deleted?.review).toEqual(review);
    expect(await getHighlight(db(), h.id)).toBeUndefined();
    expect(await listLinksFor(db(), [h.id])).toEqual([]);
    expect(await db().reviews.get(h.id)).toBeUndefined();
    expect(await listLinksFor(db(), [other.id])).toEqual([unrelated]);

    if (!deleted) throw new Error('expected a deleted highlight');
    await restoreHighlight(db(), deleted.highlight, deleted.links, deleted.review);
    expect(await getHighlight(db(), h.id)).toEqual(h);
    const links = await listLinksFor(db(), [h.id]);
    expect(links.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [l1, l2].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db().reviews.get(h.id)).toEqual(review);
  });

  it('restore skips links whose other highlight was deleted meanwhile', async () => {
    const a = await createHighlight(db(), { articleId: 'a', target: target(0, 'a'), colorId: 'c' });
    const b = await createHighlight(db(), { articleId: 'a', target: target(3, 'b'), colorId: 'c' });
    await createLink(db(), { fromId: a.id, toId: b.id });
    const deletedA = await deleteHighlight(db(), a.id);
    await deleteHighlight(db(), b.id);
    if (!deletedA) throw new Error('expected a deleted highlight');
    await restoreHighlight(db(), deletedA.highlight, deletedA.links);
    expect(await getHighlight(db(), a.id)).toEqual(a);
    expect(await db().links.count()).toBe(0);
  });

  it('delete of a missing highlight resolves to undefined', async () => {
    expect(await deleteHighlight(db(), 'missing')).toBeUndefined();
  });

  it('counts highlights per article', async () => {
    for (const articleId of ['a1', 'a1', 'a2', 'a1']) {
      await createHighlight(db(), { articleId, target: target(0, 'q'), colorId: 'evidence' });
    }
    expect(await countHighlightsByArticle(db())).toEqual({ a1: 3, a2: 1 });
  });
});
