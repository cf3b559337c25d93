import { describe, expect, it } from 'vitest';
import { sampleBackup } from './backup.fixture';
import { parseBackup } from './backup';
import {
  BACKUP_VERSIONS,
  CURRENT_BACKUP_VERSION,
  backupVersionProblems,
  migrateBackup,
  type BackupFormatVersion,
  type JsonObject,
} from './migrations';

// Test-only version tables: the steps below exist only
// to show that the chain runs, in order, and stops where it should.
const addMarker = (marker: string) => (file: JsonObject) => ({
  ...file,
  steps: [...((file.steps as string[] | undefined) ?? []), marker],
});
const upgradeV2AddMarker = { name: 'upgradeV2AddMarker', run: addMarker('v2') };
const upgradeV3AddMarker = { name: 'upgradeV3AddMarker', run: addMarker('v3') };
const THREE: readonly BackupFormatVersion[] = [
  { version: 1 },
  { version: 2, upgrade: upgradeV2AddMarker },
  { version: 3, upgrade: upgradeV3AddMarker },
];

describe('the shipped version table', () => {
  it('is well formed and ends at the current version', () => {
    expect(backupVersionProblems(BACKUP_VERSIONS)).toEqual([]);
    expect(BACKUP_VERSIONS.at(-1)?.version).toBe(CURRENT_BACKUP_VERSION);
  });

  it('passes a current file through untouched', () => {
    const file = { format: 'sidenote-backup', version: 2, x: 1 };
    expect(migrateBackup(file)).toEqual({ ok: true, file });
  });
});

describe('backupVersionProblems', () => {
  it('finds gaps, missing upgrades and unnamed upgrades', () => {
    expect(backupVersionProblems(THREE)).toEqual([]);
    expect(
      backupVersionProblems([
        { version: 1 },
        { version: 3, upgrade: upgradeV3AddMarker },
        { version: 4 },
        { version: 5, upgrade: { name: 'upgrade', run: (f) => f } },
      ]),
    ).toEqual([
      'version 3 does not follow 1',
      'version 4 has no upgrade',
      'version 5: name the upgrade "upgradeV5<What>", not "upgrade"',
    ]);
    expect(backupVersionProblems([])).toEqual(['there must be at least one version']);
  });
});

describe('migrateBackup', () => {
  it('runs every later step in order', () => {
    expect(migrateBackup({ version: 1 }, THREE)).toEqual({
      ok: true,
      file: { version: 3, steps: ['v2', 'v3'] },
    });
    expect(migrateBackup({ version: 2 }, THREE)).toEqual({
      ok: true,
      file: { version: 3, steps: ['v3'] },
    });
    expect(migrateBackup({ version: 3 }, THREE)).toEqual({ ok: true, file: { version: 3 } });
  });

  it('refuses newer, unknown and malformed versions', () => {
    const refused = (version: unknown) => {
      const result = migrateBackup({ version }, THREE);
      return result.ok ? 'accepted' : result.error;
    };
    expect(refused(4)).toEqual({
      path: 'version',
      code: 'versionNewer',
      params: { version: 4, newest: 3 },
    });
    expect(refused(0)).toEqual({
      path: 'version',
      code: 'versionUnknown',
      params: { version: 0, oldest: 1, newest: 3 },
    });
    expect(refused(2.5)).toEqual({
      path: 'version',
      code: 'expected.wholeNumber',
      params: { got: { kind: 'number', text: '2.5' } },
    });
    expect(refused(undefined)).toEqual({
      path: 'version',
      code: 'expected.wholeNumber',
      params: { got: { kind: 'nothing' } },
    });
  });

  it('reports a step that fails instead of throwing', () => {
    const broken = (): JsonObject => {
      throw new Error('no tables');
    };
    const result = migrateBackup({ version: 1 }, [
      { version: 1 },
      { version: 2, upgrade: { name: 'upgradeV2Broken', run: broken } },
    ]);
    expect(result).toEqual({
      ok: false,
      error: {
        path: '',
        code: 'upgradeFailed',
        params: { from: '1', to: 2, reason: 'upgradeV2Broken failed: no tables' },
      },
    });
  });

  it('is the path parseBackup takes for older files', () => {
    // A synthetic version 1 that kept tables at the top level, defined only for this test.
    const moveTablesIntoData = (file: JsonObject): JsonObject => {
      const { tables, ...rest } = file;
      return { ...rest, data: tables };
    };
    const versions = [
      { version: 1 },
      { version: 2, upgrade: { name: 'upgradeV2MoveTablesIntoData', run: moveTablesIntoData } },
    ];
    const { data, ...rest } = sampleBackup();
    const old = JSON.stringify({ ...rest, version: 1, tables: data });
    expect(parseBackup(old).ok).toBe(false);
    const result = parseBackup(old, { versions });
    expect(result.ok && result.backup).toEqual(sampleBackup());
  });
});
