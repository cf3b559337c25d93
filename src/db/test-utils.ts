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
