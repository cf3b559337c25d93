/**
 * Every backup format version Sidenote has shipped, oldest first, and the step that turns a file
 * of the previous version into each. Imports of older files run the steps in order, then check the
 * result against today's schema; a file from a newer Sidenote is refused.
 *
 * Version 1 is the first format: there is nothing older to migrate, so the table holds one entry
 * with no upgrade. To ship version 2: append
 * `{ version: 2, upgrade: { name: 'upgradeV2RenameX', run: renameX } }`, where `renameX(file)`
 * takes a version-1 file as loose JSON (it has not been checked against any schema, so it must
 * not trust its shape) and returns a version-2 one; keep a frozen version-1 file under
 * `fixtures/` with a test that imports it. Never edit a shipped entry.
 */
import {
  upgradeFailure,
  versionTableProblems,
  type NamedUpgrade,
} from '../versioning/version-table';
import { describeValue, transferError } from './errors';
import type { TransferError } from './types';

export type JsonObject = Record<string, unknown>;

export interface BackupFormatVersion {
  version: number;
  /** Turns a file of the previous version into this version. Absent only for the first. */
  upgrade?: NamedUpgrade<(file: JsonObject) => JsonObject>;
}

export const BACKUP_VERSIONS: readonly BackupFormatVersion[] = [
  { version: 1 },
  // Version 2 adds optional fields to article states (details, speakers, dismissedPairs): a
  // version-1 file is a valid version-2 one. The number changes so that an older Sidenote says
  // "made by a newer Sidenote" instead of refusing the new fields one by one.
  { version: 2, upgrade: { name: 'upgradeV2ArticleDetails', run: (file) => file } },
];

export const CURRENT_BACKUP_VERSION = 2 as const;

export type MigrationResult = { ok: true; file: JsonObject } | { ok: false; error: TransferError };

/** What is wrong with a version table: versions whole, increasing by one, upgrades named. */
export function backupVersionProblems(versions: readonly BackupFormatVersion[]): string[] {
  return versionTableProblems(versions, { consecutive: true, upgradeAfterFirst: true });
}

/**
 * Brings `file` (any version listed in `versions`) up to the newest version in `versions`.
 * Refuses versions that are not whole numbers, unknown ones, and ones newer than this build.
 */
export function migrateBackup(
  file: JsonObject,
  versions: readonly BackupFormatVersion[] = BACKUP_VERSIONS,
): MigrationResult {
  const version = file.version;
  const newest = versions[versions.length - 1]?.version ?? 0;
  const oldest = versions[0]?.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      error: transferError('version', 'expected.wholeNumber', { got: describeValue(version) }),
    };
  }
  if (version > newest) {
    return { ok: false, error: transferError('version', 'versionNewer', { version, newest }) };
  }
  const start = versions.findIndex((entry) => entry.version === version);
  if (start < 0) {
    return {
      ok: false,
      error: transferError('version', 'versionUnknown', { version, oldest, newest }),
    };
  }
  let current = file;
  for (const step of versions.slice(start + 1)) {
    try {
      current = { ...(step.upgrade?.run(current) ?? current), version: step.version };
    } catch (err) {
      const reason = step.upgrade ? upgradeFailure(step.upgrade, err) : String(err);
      return {
        ok: false,
        error: transferError('', 'upgradeFailed', {
          from: String(current.version),
          to: step.version,
          reason,
        }),
      };
    }
  }
  return { ok: true, file: current };
}
