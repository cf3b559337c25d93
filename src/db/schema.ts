import type { Transaction } from 'dexie';
import {
  upgradeFailure,
  versionTableProblems,
  type NamedUpgrade,
} from '@/domain/versioning/version-table';
import { DEFAULT_COLORS } from './default-colors';

/**
 * Every schema version Sidenote has ever shipped, oldest first. Never edit or remove a shipped
 * entry: add a new one. A version that changes data carries an upgrade named by data
 * (`upgrade: { name: 'upgradeV2SplitNotes', run: splitNotes }`), so errors and logs say which
 * step failed, minified or not. See README.md for the checklist.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs. `null` deletes a table. Tables not listed keep their previous spec. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: NamedUpgrade<(tx: Transaction) => Promise<void> | void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      highlights: 'id, articleId, colorId, *tags, createdAt, updatedAt',
      articleStates: 'articleId, *tags, lastOpenedAt',
      tags: 'id, &name',
      colors: 'id, order',
      links: 'id, fromId, toId',
      reviews: 'highlightId, due',
      userArticles: 'id, addedAt',
      meta: 'key',
    },
  },
  {
    // Sync (opt-in). Tag names stop being unique in the index: two devices that each made a tag
    // "RT" offline must both be able to save the merged result (the tag manager merges them).
    // The repositories still refuse a duplicate name made on this device. `syncUpdates` keeps
    // the personal Yjs document as last agreed with the saved records; `memberHighlights` and
    // `memberLinks` hold what other members of a study group share (read-only here).
    version: 2,
    stores: {
      tags: 'id, name',
      syncUpdates: '++seq, doc',
      memberHighlights: '[groupId+id], id, groupId, articleId, authorId',
      memberLinks: '[groupId+id], groupId, fromId, toId',
    },
  },
];

/**
 * What is wrong with a list of schema versions (empty when nothing is): versions must be whole,
 * unique and increasing, and every upgrade named `upgradeV<n><What>`.
 */
export function schemaProblems(versions: readonly SchemaVersion[]): string[] {
  return versionTableProblems(versions, { consecutive: false, upgradeAfterFirst: false });
}

/** An upgrade as Dexie runs it: a failure says which step it was (the cause is kept). */
export function runUpgrade(upgrade: NonNullable<SchemaVersion['upgrade']>) {
  return async (tx: Transaction): Promise<void> => {
    try {
      await upgrade.run(tx);
    } catch (err) {
      throw new Error(upgradeFailure(upgrade, err), { cause: err });
    }
  };
}

export const LATEST_SCHEMA_VERSION: number = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/**
 * Runs once, when a database is created (at whatever version is latest then; Dexie does not run
 * upgrade functions on a new database). It must therefore write data in the *latest* shape.
 */
export async function seedNewDatabase(tx: Transaction): Promise<void> {
  await tx.table('colors').bulkAdd(DEFAULT_COLORS.map((c) => ({ ...c })));
}
