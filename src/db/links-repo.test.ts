import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors';
import { createHighlight } from './highlights-repo';
import { createLink, deleteLink, listAllLinks, listLinksFor } from './links-repo';
import { target, useTestDb } from './test-utils';

describe('links repository', () => {
  const db = useTestDb();
  const make = () =>
    createHighlight(db(), { articleId: 'a1', target: target(0, 'q'), colorId: 'evidence' });

  it('creates a link with defaults and lists it from either end', async () => {
    const [a, b, c] = [await make(), await make(), await make()];
    const link = await createLink(db(), { fromId: a.id, toId: b.id });
    expect(link).toMatchObject({ fromId: a.id, toId: b.id, relation: 'other', note: '' });
    const other = await createLink(db(), { fromId: c.id, toId: a.id, relation: 'supports' });
    expect(await listLinksFor(db(), [b.id])).toEqual([link]);
    expect(await listLinksFor(db(), [c.id])).toEqual([other]);
    const forA = await listLinksFor(db(), [a.id, b.id, c.id]);
    expect(forA.map((l) => l.id).sort()).toEqual([link.id, other.id].sort());
    expect(await listLinksFor(db(), [])).toEqual([]);
  });

  it('links a pair only once, whichever way round', async () => {
    const [a, b] = [await make(), await make()];
    const first = await createLink(db(), { fromId: a.id, toId: b.id, relation: 'contradicts' });
    expect(await createLink(db(), { fromId: b.id, toId: a.id })).toEqual(first);
    expect(await createLink(db(), { fromId: a.id, toId: b.id })).toEqual(first);
    expect(await db().links.count()).toBe(1);
  });

  it('refuses to link a highlight to itself or to one that does not exist', async () => {
    const a = await make();
    await expect(createLink(db(), { fromId: a.id, toId: a.id })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(createLink(db(), { fromId: a.id, toId: a.id })).rejects.toMatchObject({
      details: { code: 'reader.errors.linkSelf' },
    });
    await expect(createLink(db(), { fromId: a.id, toId: 'missing' })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(createLink(db(), { fromId: a.id, toId: 'missing' })).rejects.toMatchObject({
      details: { code: 'reader.errors.linkGone' },
    });
    expect(await db().links.count()).toBe(0);
  });

  it('deletes a link and returns it for undo', async () => {
    const [a, b] = [await make(), await make()];
    const link = await createLink(db(), { fromId: a.id, toId: b.id });
    expect(await deleteLink(db(), link.id)).toEqual(link);
    expect(await listLinksFor(db(), [a.id])).toEqual([]);
    expect(await deleteLink(db(), link.id)).toBeUndefined();
  });
});

describe('listAllLinks', () => {
  const db = useTestDb();
  it('lists every link once, in creation-time order', async () => {
    const make = (articleId: string) =>
      createHighlight(db(), { articleId, target: target(0, 'q'), colorId: 'evidence' });
    const [a, b, c] = [await make('a'), await make('b'), await make('c')];
    const first = await createLink(db(), { fromId: a.id, toId: b.id, relation: 'supports' });
    const second = await createLink(db(), { fromId: c.id, toId: a.id, relation: 'contradicts' });
    const all = await listAllLinks(db());
    expect(all.map((l) => l.id).sort()).toEqual([first.id, second.id].sort());
    expect(all.map((l) => l.createdAt)).toEqual(all.map((l) => l.createdAt).sort());
  });
});
