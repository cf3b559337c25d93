import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { engineIfLoaded } from './connect';
import { openDatabase } from './database';
import {
  deleteHighlight,
  getHighlight,
  listAllHighlights,
  newHighlight,
  storeNewHighlight,
  updateHighlight,
} from './highlights-repo';
import { writeHighlightDeletion, writeHighlightPatch, writeNewHighlight } from './kept-writes';
import { replayPendingWrites } from './pending-replay';
import { keepPendingWrite, listPendingWrites, type PendingChange } from './pending-writes';
import { target, useMemoryStorage, useTestDb } from './test-utils';
import { PENDING_PREFIX } from './pending-key';
import { LATEST_SCHEMA_VERSION } from './schema';
import { addUserArticle, deleteUserArticle } from './user-articles-repo';
import { nowIso } from './clock';

const made = () => newHighlight({ articleId: 'a1', target: target(0, 'quote'), colorId: 'red' });
/** A time `ms` after `iso`. */
const after = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('replaying pending highlight writes', () => {
  const storage = useMemoryStorage();
  const db = useTestDb();
  /** A copy as a page of schema `schema` left it (undefined: one from before copies said). */
  const leftBy = (schema: number | undefined, h = made()) => {
    const copy = { token: 't', change: { kind: 'create', highlight: h }, schema };
    storage().setItem(`${PENDING_PREFIX}${db().name}:${h.id}`, JSON.stringify(copy));
    return h;
  };

  it('with nothing pending does nothing, and loads no storage engine', async () => {
    expect(await replayPendingWrites()).toBe(0);
    expect(engineIfLoaded()).toBeUndefined();
  });

  it('writes a new highlight whose write was lost when the page was left, then forgets it', async () => {
    const h = made();
    keepPendingWrite({ kind: 'create', highlight: h }, db().name); // …and the page is gone
    expect(await getHighlight(db(), h.id)).toBeUndefined();

    expect(await replayPendingWrites(db())).toBe(1);
    expect(await getHighlight(db(), h.id)).toEqual(h);
    expect(listPendingWrites(db().name)).toEqual([]);
    expect(await replayPendingWrites(db())).toBe(0);
  });

  it('keeps nothing once a write succeeded, so there is nothing to replay', async () => {
    const h = made();
    await writeNewHighlight(h, db());
    await writeHighlightPatch(h.id, { colorId: 'blue' }, db());
    expect(listPendingWrites(db().name)).toEqual([]);
    // Edited since: a replay must not take that back.
    await updateHighlight(db(), h.id, { note: 'later' });
    expect(await replayPendingWrites(db())).toBe(0);
    expect(await getHighlight(db(), h.id)).toMatchObject({ colorId: 'blue', note: 'later' });
  });

  it('never brings back a highlight deleted after its write landed unacknowledged', async () => {
    const h = made();
    keepPendingWrite({ kind: 'create', highlight: h }, db().name);
    await storeNewHighlight(db(), h); // stored, but the page was left before it heard so
    keepPendingWrite(
      { kind: 'update', id: h.id, patch: { colorId: 'blue' }, at: after(h.updatedAt, 1) },
      db().name,
    );
    // Deleted later, in another tab (another connection to the same database).
    const other = openDatabase(db().name);
    await deleteHighlight(other, h.id);
    other.close();

    expect(await replayPendingWrites(db())).toBe(0);
    expect(await getHighlight(db(), h.id)).toBeUndefined();
  });

  it('never writes over a newer stored version', async () => {
    const h = made();
    await storeNewHighlight(db(), h);
    keepPendingWrite({ kind: 'create', highlight: h }, db().name);
    keepPendingWrite(
      { kind: 'update', id: h.id, patch: { colorId: 'blue' }, at: after(h.updatedAt, 1) },
      db().name,
    );
    const newer = { ...h, note: 'newer', colorId: 'green', updatedAt: after(h.updatedAt, 60_000) };
    await db().highlights.put(newer);

    await replayPendingWrites(db());
    expect(await getHighlight(db(), h.id)).toEqual(newer);
    expect(listPendingWrites(db().name)).toEqual([]);
  });

  it('replays a lost edit and a lost deletion onto the version they were made on', async () => {
    const [a, b, c] = [made(), made(), made()];
    for (const h of [a, b, c]) await storeNewHighlight(db(), h);
    keepPendingWrite(
      { kind: 'update', id: a.id, patch: { tags: ['t1'] }, at: after(a.updatedAt, 5) },
      db().name,
    );
    keepPendingWrite({ kind: 'delete', id: b.id, at: after(b.updatedAt, 5) }, db().name);
    // c was edited after its deletion was asked for elsewhere: the edit wins.
    keepPendingWrite({ kind: 'delete', id: c.id, at: c.updatedAt }, db().name);
    await updateHighlight(db(), c.id, { note: 'kept' });

    expect(await replayPendingWrites(db())).toBe(3);
    expect(await getHighlight(db(), a.id)).toEqual({
      ...a,
      tags: ['t1'],
      updatedAt: after(a.updatedAt, 5),
    });
    expect(await getHighlight(db(), b.id)).toBeUndefined();
    expect(await getHighlight(db(), c.id)).toMatchObject({ note: 'kept' });
  });

  it('runs in two tabs at once, and beside a tab whose own write is still under way', async () => {
    const [a, b] = [made(), made()];
    keepPendingWrite({ kind: 'create', highlight: a }, db().name); // left by an earlier page
    const tab1 = openDatabase(db().name);
    const tab2 = openDatabase(db().name);
    const live = writeNewHighlight(b, tab1); // tab 1 is writing b; tab 2 starts and replays b too
    const replays = await Promise.all([replayPendingWrites(tab1), replayPendingWrites(tab2)]);
    await live;
    tab1.close();
    tab2.close();

    expect(replays.reduce((n, m) => n + m, 0)).toBeGreaterThanOrEqual(2);
    expect((await listAllHighlights(db())).map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
    expect(listPendingWrites(db().name)).toEqual([]);
  });

  it('forgets the copy of a write that failed and said so', async () => {
    const h = made();
    const closed = openDatabase(db().name);
    closed.close({ disableAutoOpen: true });
    await expect(writeNewHighlight(h, closed)).rejects.toThrow();
    await expect(writeHighlightDeletion(h.id, closed)).rejects.toThrow();
    expect(listPendingWrites(db().name)).toEqual([]);
    await Dexie.delete(closed.name);
  });

  it('keeps a copy it could not write for the next start', async () => {
    const h = made();
    keepPendingWrite({ kind: 'create', highlight: h }, db().name);
    const closed = openDatabase(db().name);
    closed.close({ disableAutoOpen: true });
    expect(await replayPendingWrites(closed)).toBe(0);
    expect(listPendingWrites(db().name)).toHaveLength(1);
  });

  it('a recolour that lands late does not undo a deletion asked for after it', async () => {
    const h = made();
    await storeNewHighlight(db(), h);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // Recolour, then delete, while the database is busy: the recolour's write lands after the
    // delete was asked for, and the page is left before the delete is written.
    const recolour = {
      kind: 'update',
      id: h.id,
      patch: { colorId: 'blue' },
      at: nowIso(),
    } as const;
    keepPendingWrite(recolour, db().name);
    await sleep(2);
    keepPendingWrite({ kind: 'delete', id: h.id, at: nowIso() }, db().name);
    await sleep(5);
    await updateHighlight(db(), h.id, recolour.patch, recolour.at);

    await replayPendingWrites(db());
    expect(await getHighlight(db(), h.id)).toBeUndefined();
  });

  it('a first edit that lands late does not drop a second one asked for after it', async () => {
    const h = made();
    await storeNewHighlight(db(), h);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const first: PendingChange = {
      kind: 'update',
      id: h.id,
      patch: { tags: ['t1'] },
      at: nowIso(),
    };
    keepPendingWrite(first, db().name);
    await sleep(2);
    keepPendingWrite(
      { kind: 'update', id: h.id, patch: { colorId: 'blue' }, at: nowIso() },
      db().name,
    );
    await sleep(5);
    if (first.kind === 'update') await updateHighlight(db(), h.id, first.patch, first.at);

    await replayPendingWrites(db());
    expect(await getHighlight(db(), h.id)).toMatchObject({ tags: ['t1'], colorId: 'blue' });
  });

  it('does not bring back a highlight on an added article removed since', async () => {
    const article = await addUserArticle(db(), { fileName: 'mine.txt', raw: 'Some text here.' });
    const h = newHighlight({ articleId: article.id, target: target(0, 'Some'), colorId: 'red' });
    keepPendingWrite({ kind: 'create', highlight: h }, db().name);
    await deleteUserArticle(db(), article.id);

    await replayPendingWrites(db());
    expect(await getHighlight(db(), h.id)).toBeUndefined();
    expect(listPendingWrites(db().name)).toEqual([]);
  });

  it('a slow first write does not store again a highlight another tab replayed and deleted', async () => {
    const h = made();
    const tab = openDatabase(db().name);
    // This tab's write waits (on a first visit, for the storage engine); another tab starts,
    // replays its copy, and the person deletes the highlight there.
    let go = () => {};
    const waiting = new Promise<void>((resolve) => (go = resolve));
    const slow = new Proxy(tab, {
      get: (target, key) =>
        key === 'transaction'
          ? async (...args: Parameters<typeof tab.transaction>) => {
              await waiting;
              return target.transaction(...args);
            }
          : (target as unknown as Record<PropertyKey, unknown>)[key],
    });
    const write = writeNewHighlight(h, slow); // its copy is kept now, its write waits
    await replayPendingWrites(db());
    await deleteHighlight(db(), h.id);
    go();
    await write;
    tab.close();
    expect(await getHighlight(db(), h.id)).toBeUndefined();
  });

  it('leaves a copy a newer Sidenote kept for a page that knows its shape, and says which it is', async () => {
    const h = leftBy(LATEST_SCHEMA_VERSION + 1);
    expect(await replayPendingWrites(db())).toBe(0);
    expect(await getHighlight(db(), h.id)).toBeUndefined();
    expect(listPendingWrites(db().name)).toMatchObject([{ schema: LATEST_SCHEMA_VERSION + 1 }]);
  });

  it('replays a copy kept before copies named their schema, and one of this schema', async () => {
    const old = leftBy(undefined);
    const now = leftBy(LATEST_SCHEMA_VERSION);
    expect(await replayPendingWrites(db())).toBe(2);
    expect(await getHighlight(db(), old.id)).toEqual(old);
    expect(await getHighlight(db(), now.id)).toEqual(now);
  });

  it('stamps what it keeps with its schema, and keeps a newer one it folds an edit into', async () => {
    const h = made();
    keepPendingWrite({ kind: 'create', highlight: h }, db().name);
    expect(listPendingWrites(db().name)).toMatchObject([{ schema: LATEST_SCHEMA_VERSION }]);
    const newer = leftBy(LATEST_SCHEMA_VERSION + 1);
    keepPendingWrite(
      { kind: 'update', id: newer.id, patch: { colorId: 'blue' }, at: nowIso() },
      db().name,
    );
    const folded = listPendingWrites(db().name).find(
      (w) => w.change.kind === 'create' && w.change.highlight.id === newer.id,
    );
    expect(folded?.schema).toBe(LATEST_SCHEMA_VERSION + 1);
  });
});
