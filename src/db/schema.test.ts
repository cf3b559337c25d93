import { describe, expect, it } from 'vitest';
import type { Transaction } from 'dexie';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, runUpgrade, schemaProblems } from './schema';

describe('schema versions', () => {
  it('keeps version 1 exactly as shipped', () => {
    // Frozen: a shipped version must never change. Add a new version instead (see README.md).
    expect(SCHEMA_VERSIONS[0]).toEqual({
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
    });
  });

  it('has no problems: whole, increasing versions with named upgrades', () => {
    expect(schemaProblems(SCHEMA_VERSIONS)).toEqual([]);
    expect(SCHEMA_VERSIONS.at(-1)?.version).toBe(LATEST_SCHEMA_VERSION);
  });

  it('spots versions out of order and misnamed upgrades', () => {
    const run = () => {};
    const stores = { highlights: 'id' };
    expect(
      schemaProblems([
        { version: 1, stores },
        { version: 3, stores, upgrade: { name: 'upgradeV3Notes', run } },
        { version: 2, stores, upgrade: { name: 'upgrade', run } },
        { version: 2.5, stores },
      ]),
    ).toEqual([
      'version 2 does not come after 3',
      'version 2: name the upgrade "upgradeV2<What>", not "upgrade"',
      'version 2.5 is not a whole number from 1 up',
    ]);
  });

  it('runs an upgrade so that its failure names the step and keeps the cause', async () => {
    const cause = new Error('no notes table');
    const run = runUpgrade({
      name: 'upgradeV2SplitNotes',
      run: () => {
        throw cause;
      },
    });
    await expect(run({} as Transaction)).rejects.toMatchObject({
      message: 'upgradeV2SplitNotes failed: no notes table',
      cause,
    });
  });
});
