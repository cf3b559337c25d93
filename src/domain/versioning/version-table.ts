/**
 * A table of format versions, oldest first, each with the step that turns data of the previous
 * version into it: the IndexedDB schema (src/db/schema.ts) and the backup format
 * (src/domain/transfer/migrations.ts) are both kept this way, and checked by one function.
 *
 * A step is named by data (`name: 'upgradeV2SplitNotes'`), not by its function's name, which a
 * minifier renames: errors and logs say which step failed in a built app too.
 */
export interface NamedUpgrade<Run> {
  /** `upgradeV<version><What>`, e.g. `upgradeV2SplitNotes`. */
  name: string;
  run: Run;
}

export interface VersionEntry {
  version: number;
  upgrade?: NamedUpgrade<unknown>;
}

export interface VersionTableRules {
  /** Each version is the previous one plus one (else: only increasing). */
  consecutive: boolean;
  /** Every version after the first has an upgrade. */
  upgradeAfterFirst: boolean;
}

/** What is wrong with a version table (empty when nothing is). */
export function versionTableProblems(
  entries: readonly VersionEntry[],
  rules: VersionTableRules,
): string[] {
  const problems: string[] = [];
  if (entries.length === 0) problems.push('there must be at least one version');
  entries.forEach((entry, i) => {
    const { version, upgrade } = entry;
    const previous = entries[i - 1];
    if (!Number.isInteger(version) || version < 1) {
      problems.push(`version ${version} is not a whole number from 1 up`);
    } else if (previous && rules.consecutive && version !== previous.version + 1) {
      problems.push(`version ${version} does not follow ${previous.version}`);
    } else if (previous && version <= previous.version) {
      problems.push(`version ${version} does not come after ${previous.version}`);
    }
    if (i > 0 && rules.upgradeAfterFirst && !upgrade) {
      problems.push(`version ${version} has no upgrade`);
    }
    if (upgrade && !new RegExp(`^upgradeV${version}[A-Z]`).test(upgrade.name)) {
      problems.push(
        `version ${version}: name the upgrade "upgradeV${version}<What>", not "${upgrade.name}"`,
      );
    }
  });
  return problems;
}

/** The message of a step that failed, saying which step it was. */
export function upgradeFailure(upgrade: NamedUpgrade<unknown>, err: unknown): string {
  const reason = err instanceof Error ? err.message : String(err);
  return `${upgrade.name} failed: ${reason}`;
}
