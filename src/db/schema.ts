import type { Transaction } from 'dexie';
import { DEFAULT_COLORS } from './default-colors';

/**
 * Every schema version Sidenote has ever shipped, oldest first. Never edit or remove a shipped
 * entry: add a new one. A version that changes data carries a named upgrade function
 * (`function upgradeV2SplitNotes(tx) {…}`), so stack traces and logs say which step failed.
 * See README.md for the checklist.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs. `null` deletes a table. Tables not listed keep their previous spec. */
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
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
];

/**
 * What is wrong with a list of schema versions (empty when nothing is): versions must be whole,
 * unique and increasing, and every upgrade a named function `upgradeV<n>…`.
 */
export function schemaProblems(versions: readonly SchemaVersion[]): string[] {
  const problems: string[] = [];
  versions.forEach((entry, i) => {
    if (!Number.isInteger(entry.version) || entry.version < 1) {
      problems.push(`version ${entry.version} is not a whole number from 1 up`);
    }
    const previous = versions[i - 1];
    if (previous && entry.version <= previous.version) {
      problems.push(`version ${entry.version} does not come after ${previous.version}`);
    }
    if (entry.upgrade && !/^upgradeV\d+/.test(entry.upgrade.name)) {
      problems.push(
        `version ${entry.version}: name the upgrade function "upgradeV${entry.version}<What>", not "${entry.upgrade.name}"`,
      );
    }
  });
  return problems;
}

export const LATEST_SCHEMA_VERSION: number = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/**
 * Runs once, when a database is created (at whatever version is latest then; Dexie does not run
 * upgrade functions on a new database). It must therefore write data in the *latest* shape.
 */
export async function seedNewDatabase(tx: Transaction): Promise<void> {
  await tx.table('colors').bulkAdd(DEFAULT_COLORS.map((c) => ({ ...c })));
}
