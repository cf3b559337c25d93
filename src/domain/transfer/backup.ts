/**
 * The JSON backup: every table of the user's data in one versioned file, and the one path every
 * import takes: size check → JSON → safe keys and depth → format and version → migrations →
 * schema → references. A file is accepted whole or refused with what is wrong and where.
 */
import { ErrorList, transferError } from './errors';
import { crossCheck, type CrossCheckOptions } from './cross-check';
import {
  BACKUP_VERSIONS,
  CURRENT_BACKUP_VERSION,
  migrateBackup,
  type BackupFormatVersion,
} from './migrations';
import { sortBackupData } from './order';
import { parseJsonSafely } from './safe-json';
import { describeValue } from './errors';
import {
  BACKUP_FORMAT,
  type Backup,
  type BackupData,
  type BackupSummary,
  type ImportResult,
} from './types';
import { checkBackup } from './validate';

/** Drops keys whose value is `undefined`, so a backup equals itself after a JSON round trip. */
function withoutUndefined<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
}

/** A backup of `data` (tables sorted by id) made at `now` by a build at `schemaVersion`. */
/**
 * Copies that never throw: a record damaged in storage (a `null` target, tags that are not a
 * list) is exported as it is, so "Export my data" works even when that record crashed a view.
 */
function copyList<T>(value: T[]): T[] {
  return Array.isArray(value) ? [...value] : value;
}

function copyTarget<T extends { position: object; quote: object; textHash: string }>(target: T): T {
  if (typeof target !== 'object' || target === null) return target;
  const t = target as T;
  return {
    ...t,
    position:
      typeof t.position === 'object' && t.position !== null ? { ...t.position } : t.position,
    quote: typeof t.quote === 'object' && t.quote !== null ? { ...t.quote } : t.quote,
  };
}

export function createBackup(data: BackupData, now: Date | string, schemaVersion: number): Backup {
  const sorted = sortBackupData(data);
  return {
    format: BACKUP_FORMAT,
    version: CURRENT_BACKUP_VERSION,
    exportedAt: typeof now === 'string' ? now : now.toISOString(),
    app: { name: 'Sidenote', schemaVersion },
    data: {
      highlights: sorted.highlights.map((h) => ({
        ...h,
        target: copyTarget(h.target),
        tags: copyList(h.tags),
      })),
      articleStates: sorted.articleStates.map((s) =>
        withoutUndefined({ ...s, tags: copyList(s.tags) }),
      ),
      tags: sorted.tags.map((t) => ({ ...t })),
      colors: sorted.colors.map((c) => ({ ...c })),
      links: sorted.links.map((l) => ({ ...l })),
      reviews: sorted.reviews.map((r) => withoutUndefined({ ...r })),
      userArticles: sorted.userArticles.map((u) =>
        withoutUndefined(
          u.summary ? { ...u, summary: withoutUndefined({ ...u.summary }) } : { ...u },
        ),
      ),
    },
  };
}

/** Counts for the import preview. */
export function summarizeBackup(data: BackupData): BackupSummary {
  const articles = new Set([
    ...data.highlights.map((h) => h.articleId),
    ...data.articleStates.map((s) => s.articleId),
  ]);
  const notes =
    data.highlights.filter((h) => h.note.trim() !== '').length +
    data.articleStates.filter((s) => s.note.trim() !== '').length;
  return {
    highlights: data.highlights.length,
    notes,
    tags: data.tags.length,
    links: data.links.length,
    articles: articles.size,
    colors: data.colors.length,
    reviews: data.reviews.length,
    userArticles: data.userArticles.length,
  };
}

export interface ParseBackupOptions extends CrossCheckOptions {
  /** The format versions this build reads (tests pass their own). */
  versions?: readonly BackupFormatVersion[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The checks after JSON parsing, on an already safe value. Shared with other import formats. */
export function acceptBackupValue(value: unknown, options: ParseBackupOptions = {}): ImportResult {
  const errors = new ErrorList();
  if (!isPlainObject(value)) {
    errors.add('', 'notBackupObject', { got: describeValue(value) });
    return errors.refuse();
  }
  if (value.format !== BACKUP_FORMAT) {
    errors.add('format', 'notBackupFormat', {
      format: BACKUP_FORMAT,
      got: describeValue(value.format),
    });
    return errors.refuse();
  }
  const migrated = migrateBackup(value, options.versions ?? BACKUP_VERSIONS);
  if (!migrated.ok) {
    errors.add(migrated.error.path, migrated.error.code, migrated.error.params);
    return errors.refuse();
  }
  const backup = checkBackup(migrated.file, errors);
  if (!backup) return errors.refuse();
  crossCheck(backup.data, errors, options);
  if (!errors.empty) return errors.refuse();
  return { ok: true, backup, summary: summarizeBackup(backup.data) };
}

/**
 * Reads a backup file. Never throws: anything wrong comes back as `{ ok: false, errors }` with at
 * most `IMPORT_LIMITS.errors` entries, each saying where (`data.highlights[3].note`) and what.
 */
export function parseBackup(json: string, options: ParseBackupOptions = {}): ImportResult {
  try {
    const parsed = parseJsonSafely(json);
    if (!parsed.ok) return parsed;
    return acceptBackupValue(parsed.value, options);
  } catch (err) {
    // A bug or an engine limit (out of memory): still an answer, never a crash.
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [transferError('', 'unreadable', { reason })] };
  }
}
