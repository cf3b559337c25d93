import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DB_NAME, SidenoteDb, getDb, openDatabase } from './database';
import { classifyDbError } from './errors';
import { onDatabaseBlockedByNewerVersion, type DatabaseClosedByOtherTabEvent } from './events';
import { createHighlight, listAllHighlights } from './highlights-repo';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { target, uniqueDbName } from './test-utils';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track(name: string): string {
  cleanups.push(() => Dexie.delete(name));
  return name;
}

/** A second connection to `name`, as a newer release would open it. */
function newerRelease(name: string): Dexie {
  const newer = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS) newer.version(entry.version).stores(entry.stores);
  newer.version(LATEST_SCHEMA_VERSION + 1).stores({ notebooks: 'id' });
  cleanups.push(() => newer.close());
  return newer;
}

describe('SidenoteDb lifecycle', () => {
  it('opens with every table of the latest schema', async () => {
    const db = openDatabase(track(uniqueDbName()));
    cleanups.push(() => db.close());
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'articleStates',
      'colors',
      'highlights',
      'links',
      'memberHighlights',
      'memberLinks',
      'meta',
      'reviews',
      'syncUpdates',
      'tags',
      'userArticles',
    ]);
  });

  it('closes and tells listeners when another tab opens a newer version', async () => {
    const name = track(uniqueDbName());
    const db = openDatabase(name);
    cleanups.push(() => db.close());
    await createHighlight(db, { articleId: 'a', target: target(0, 'q'), colorId: 'evidence' });
    const events: DatabaseClosedByOtherTabEvent[] = [];
    const unsubscribe = onDatabaseBlockedByNewerVersion((e) => events.push(e));
    cleanups.push(unsubscribe);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    cleanups.push(() => warn.mockRestore());

    await newerRelease(name).open();

    expect(events).toEqual([
      {
        dbName: name,
        reason: 'upgrade',
        oldVersion: LATEST_SCHEMA_VERSION,
        newVersion: LATEST_SCHEMA_VERSION + 1,
      },
    ]);
    expect(db.isOpen()).toBe(false);
    // Stays closed: no silent reopen against a schema this build does not know.
    const failure = await listAllHighlights(db).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(classifyDbError(failure).kind).toBe('closed');
  });

  it('reports a delete from another tab as such', async () => {
    const name = uniqueDbName();
    const db = openDatabase(name);
    cleanups.push(() => db.close());
    await db.open();
    const listener = vi.fn();
    cleanups.push(onDatabaseBlockedByNewerVersion(listener));
    await Dexie.delete(name);
    expect(listener).toHaveBeenCalledWith(
      expect.objectContaining({ dbName: name, reason: 'delete', newVersion: null }),
    );
    expect(db.isOpen()).toBe(false);
  });

  it('unsubscribed listeners hear nothing', async () => {
    const name = track(uniqueDbName());
    const db = openDatabase(name);
    cleanups.push(() => db.close());
    await db.open();
    const listener = vi.fn();
    onDatabaseBlockedByNewerVersion(listener)();
    await newerRelease(name).open();
    expect(listener).not.toHaveBeenCalled();
    expect(db.isOpen()).toBe(false);
  });

  it('refuses to use data written by a newer release', async () => {
    const name = track(uniqueDbName());
    const newer = newerRelease(name);
    await newer.open();
    newer.close();

    const db = openDatabase(name);
    cleanups.push(() => db.close());
    const failure = await db.open().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(classifyDbError(failure).kind).toBe('version');
    const later = await listAllHighlights(db).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(classifyDbError(later).kind).toBe('version');
  });

  it('getDb lazily creates one database named "sidenote"', () => {
    const db = getDb();
    expect(db).toBeInstanceOf(SidenoteDb);
    expect(db.name).toBe(DEFAULT_DB_NAME);
    expect(DEFAULT_DB_NAME).toBe('sidenote');
    expect(getDb()).toBe(db);
    expect(db.isOpen()).toBe(false);
  });
});
