/**
 * Backups in and out of the database. Export reads every table in one transaction; import plans
 * against the data here (see `planImport` for the merge rules) and writes everything in ONE
 * read-write transaction, so a failure at any point leaves the database as it was.
 */
import {
  TRANSFER_KINDS,
  createBackup,
  planImport,
  sortBackupData,
  type Backup,
  type BackupData,
  type ImportPlan,
  type ImportPreview,
  type ArticleStateParts,
  articleStateParts,
  type ImportStrategy,
  type LocalRecords,
  type ParseBackupOptions,
  type TransferCounts,
  type TransferKind,
} from '@/domain/transfer';
import type { Table } from 'dexie';
import type { SidenoteDb } from './database';
import { DEFAULT_COLORS } from './default-colors';
import { LATEST_SCHEMA_VERSION } from './schema';

/** Records per `bulkPut`; progress is reported after each. */
export const IMPORT_CHUNK_SIZE = 500;

export interface ApplyImportOptions {
  strategy: ImportStrategy;
  /** Called after each chunk is written (inside the transaction: throwing aborts the import). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportOutcome extends ImportPreview {
  /** Records written per table (new, updated, and conflicts when the strategy is `theirs`). */
  written: TransferCounts;
  /** Of the article states written, how many carry a note and how many tags. */
  writtenArticleParts: ArticleStateParts;
}

/** The tables a backup holds, in the order an import writes them. */
function dataTables(db: SidenoteDb) {
  return [
    db.tags,
    db.colors,
    db.highlights,
    db.articleStates,
    db.links,
    db.reviews,
    db.userArticles,
  ];
}

/** Every table of user data, each sorted by id: two dumps of the same data are equal. */
export async function dumpDatabase(db: SidenoteDb): Promise<BackupData> {
  return db.transaction('r', dataTables(db), async () => {
    const data: BackupData = {
      highlights: await db.highlights.toArray(),
      articleStates: await db.articleStates.toArray(),
      tags: await db.tags.toArray(),
      colors: await db.colors.toArray(),
      links: await db.links.toArray(),
      reviews: await db.reviews.toArray(),
      userArticles: await db.userArticles.toArray(),
    };
    return sortBackupData(data);
  });
}

/** A backup of everything, stamped `now`. */
export async function exportBackup(db: SidenoteDb, now: Date = new Date()): Promise<Backup> {
  return createBackup(await dumpDatabase(db), now, LATEST_SCHEMA_VERSION);
}

/**
 * Options for `fromWebAnnotations` that depend on this database: a linking annotation may end at
 * a highlight that is already here.
 */
export async function webAnnotationParseOptions(
  db: SidenoteDb,
): Promise<{ knownHighlightIds: string[] }> {
  const ids = await db.highlights.toCollection().primaryKeys();
  return { knownHighlightIds: ids.map(String) };
}

/** Options for `parseBackup` that depend on this database: highlights may use its colours. */
export async function backupParseOptions(db: SidenoteDb): Promise<ParseBackupOptions> {
  const ids = await db.colors.toCollection().primaryKeys();
  return { knownColorIds: [...ids.map(String), ...DEFAULT_COLORS.map((c) => c.id)] };
}

function byKey<T>(rows: readonly (T | undefined)[], key: (row: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) if (row !== undefined) map.set(key(row), row);
  return map;
}

/**
 * The records of `table` with these keys. Only keys that are there are fetched, from one read of
 * the table's keys: a get per key in the file took a third of a second for 10,000 new highlights
 * (benchmark row 7), and an import runs it twice (preview, then write).
 */
async function getPresent<T, I>(
  table: Table<T, string, I>,
  keys: string[],
): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  const present = new Set((await table.toCollection().primaryKeys()).map(String));
  const wanted = keys.filter((k) => present.has(k));
  return wanted.length === 0 ? [] : table.bulkGet(wanted);
}

/** The records here that the file could touch. Call inside a transaction. */
async function readLocal(db: SidenoteDb, data: BackupData): Promise<LocalRecords> {
  const ids = <T>(rows: readonly T[], key: (row: T) => string) => rows.map(key);
  const ends = [...new Set(data.links.flatMap((l) => [l.fromId, l.toId]))];
  const [linksById, linksFrom, linksTo] = await Promise.all([
    db.links.bulkGet(ids(data.links, (l) => l.id)),
    db.links.where('fromId').anyOf(ends).toArray(),
    db.links.where('toId').anyOf(ends).toArray(),
  ]);
  const id = (r: { id: string }) => r.id;
  return {
    highlights: byKey(await getPresent(db.highlights, ids(data.highlights, id)), id),
    articleStates: byKey(
      await db.articleStates.bulkGet(ids(data.articleStates, (s) => s.articleId)),
      (s) => s.articleId,
    ),
    tags: byKey(await db.tags.bulkGet(ids(data.tags, id)), id),
    colors: byKey(await db.colors.bulkGet(ids(data.colors, id)), id),
    links: byKey([...linksById, ...linksFrom, ...linksTo], id),
    reviews: byKey(
      await getPresent(
        db.reviews,
        ids(data.reviews, (r) => r.highlightId),
      ),
      (r) => r.highlightId,
    ),
    userArticles: byKey(await db.userArticles.bulkGet(ids(data.userArticles, id)), id),
    allTags: await db.tags.toArray(),
  };
}

async function plan(db: SidenoteDb, backup: Backup, strategy: ImportStrategy): Promise<ImportPlan> {
  const local = await readLocal(db, backup.data);
  return planImport(backup.data, local, { strategy, seedColors: [...DEFAULT_COLORS] });
}

/** What `applyImport` would do, without writing. */
export async function previewImport(
  db: SidenoteDb,
  backup: Backup,
  options: { strategy?: ImportStrategy } = {},
): Promise<ImportPreview> {
  const planned = await db.transaction('r', dataTables(db), () =>
    plan(db, backup, options.strategy ?? 'keep-newer'),
  );
  return {
    new: planned.new,
    updated: planned.updated,
    unchanged: planned.unchanged,
    conflicts: planned.conflicts,
    articleParts: planned.articleParts,
  };
}

/** Writing order: tags and colours before the records that refer to them. */
const WRITE_ORDER: readonly TransferKind[] = [
  'tags',
  'colors',
  'highlights',
  'articleStates',
  'links',
  'reviews',
  'userArticles',
];

/**
 * Merges `backup` into the database in one transaction (see `planImport` for the rules), in
 * chunks of `IMPORT_CHUNK_SIZE` with progress after each. Any failure (a write, a thrown
 * `onProgress`) aborts the transaction: nothing is written.
 */
export async function applyImport(
  db: SidenoteDb,
  backup: Backup,
  options: ApplyImportOptions,
): Promise<ImportOutcome> {
  return db.transaction('rw', dataTables(db), async () => {
    const { writes, ...preview } = await plan(db, backup, options.strategy);
    const written = Object.fromEntries(
      TRANSFER_KINDS.map((k) => [k, writes[k].length]),
    ) as TransferCounts;
    const total = TRANSFER_KINDS.reduce((n, k) => n + written[k], 0);
    let done = 0;
    options.onProgress?.(done, total);
    // Each chunk is handed to IndexedDB before the one ahead of it is done, so the database
    // never waits for the next chunk to be copied in (benchmark row 7); progress stays in order.
    let ahead: Promise<void> = Promise.resolve();
    for (const kind of WRITE_ORDER) {
      const rows: readonly object[] = writes[kind];
      const table = db.table<object, string>(kind);
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK_SIZE) {
        const chunk = rows.slice(i, i + IMPORT_CHUNK_SIZE);
        const written = table.bulkPut([...chunk]).then(() => {
          done += chunk.length;
          options.onProgress?.(done, total);
        });
        // Its failure is met when it is awaited, next round; not reported as unhandled before.
        written.catch(() => undefined);
        await ahead;
        ahead = written;
      }
    }
    await ahead;
    return { ...preview, written, writtenArticleParts: articleStateParts(writes.articleStates) };
  });
}
