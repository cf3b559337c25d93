import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import type { HighlightTarget } from '@/domain/annotations/types';
import { openDatabase, type SidenoteDb } from './database';

/** A database name no other test uses. */
export function uniqueDbName(): string {
  return `sidenote-test-${crypto.randomUUID()}`;
}

/**
 * Gives each test its own fresh database, deleted afterwards. Call at the top of a `describe`;
 * use the returned getter inside tests.
 */
export function useTestDb(): () => SidenoteDb {
  let db: SidenoteDb | undefined;
  beforeEach(() => {
    db = openDatabase(uniqueDbName());
  });
  afterEach(async () => {
    if (db) {
      db.close();
      await Dexie.delete(db.name);
    }
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('useTestDb: no database outside a test');
    return db;
  };
}

/** A highlight target for `exact` at `start` (selectors are not checked by the db layer). */
export function target(start: number, exact: string): HighlightTarget {
  return {
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    textHash: 'abc123',
  };
}

/** A localStorage of its own for each test (Node has none), removed afterwards. */
export function useMemoryStorage(): () => Storage {
  let store: Storage | undefined;
  beforeEach(() => {
    const items = new Map<string, string>();
    store = {
      get length() {
        return items.size;
      },
      key: (i) => [...items.keys()][i] ?? null,
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, String(v)),
      removeItem: (k) => void items.delete(k),
      clear: () => items.clear(),
    };
    Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
    store = undefined;
  });
  return () => {
    if (!store) throw new Error('useMemoryStorage: no storage outside a test');
    return store;
  };
}
