import { describe, expect, it } from 'vitest';
import { upgradeFailure, versionTableProblems, type VersionEntry } from './version-table';

const step = (name: string) => ({ name, run: () => undefined });
const STRICT = { consecutive: true, upgradeAfterFirst: true };
const LOOSE = { consecutive: false, upgradeAfterFirst: false };

describe('versionTableProblems', () => {
  it('accepts a well-formed table', () => {
    const table: VersionEntry[] = [
      { version: 1 },
      { version: 2, upgrade: step('upgradeV2SplitNotes') },
      { version: 3, upgrade: step('upgradeV3AddLinks') },
    ];
    expect(versionTableProblems(table, STRICT)).toEqual([]);
    expect(versionTableProblems(table, LOOSE)).toEqual([]);
  });

  it('finds gaps, disorder, fractions, missing and misnamed upgrades', () => {
    expect(
      versionTableProblems(
        [
          { version: 1 },
          { version: 3, upgrade: step('upgradeV3Notes') },
          { version: 4 },
          { version: 5, upgrade: step('upgradeV4Wrong') },
        ],
        STRICT,
      ),
    ).toEqual([
      'version 3 does not follow 1',
      'version 4 has no upgrade',
      'version 5: name the upgrade "upgradeV5<What>", not "upgradeV4Wrong"',
    ]);
    expect(
      versionTableProblems(
        [{ version: 1 }, { version: 3 }, { version: 2 }, { version: 2.5 }],
        LOOSE,
      ),
    ).toEqual(['version 2 does not come after 3', 'version 2.5 is not a whole number from 1 up']);
    expect(versionTableProblems([], LOOSE)).toEqual(['there must be at least one version']);
  });

  it('reads the name from the data, so a minified function name does not matter', () => {
    const run = () => undefined;
    Object.defineProperty(run, 'name', { value: 'e' }); // what a minifier leaves
    const table = [{ version: 1 }, { version: 2, upgrade: { name: 'upgradeV2SplitNotes', run } }];
    expect(versionTableProblems(table, STRICT)).toEqual([]);
  });
});

describe('upgradeFailure', () => {
  it('says which step failed', () => {
    expect(upgradeFailure(step('upgradeV2SplitNotes'), new Error('no notes table'))).toBe(
      'upgradeV2SplitNotes failed: no notes table',
    );
  });
});
