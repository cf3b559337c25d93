import Dexie, { type EntityTable, type Table } from 'dexie';
import { DEFAULT_DB_NAME } from './connect';
import type {
  ArticleState,
  Highlight,
  HighlightColor,
  HighlightLink,
  Tag,
} from '@/domain/annotations/types';
import { emitDatabaseClosedByOtherTab } from './events';
import { forgetPendingOnDelete } from './pending-guard';
import type { MetaRecord, ReviewState, UserArticleRecord } from './records';
import type { MemberHighlight, MemberLink, SyncUpdateRow } from './sync/records';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, runUpgrade, seedNewDatabase } from './schema';

export { DEFAULT_DB_NAME };
/** Dexie's live queries, for the hooks in live/ (which reach this module only through connect.ts). */
export { liveQuery } from 'dexie';

/**
 * Declares schema versions on `db`, oldest first, up to and including `upTo` (default: all).
 * Tests use `upTo` to create a database exactly as an older release left it.
 */
export function applySchemaVersions(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > upTo) break;
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(runUpgrade(entry.upgrade));
  }
}

/** Sidenote's IndexedDB database. Reach it through the repositories, not directly. */
export class SidenoteDb extends Dexie {
  declare highlights: EntityTable<Highlight, 'id'>;
  declare articleStates: EntityTable<ArticleState, 'articleId'>;
  declare tags: EntityTable<Tag, 'id'>;
  declare colors: EntityTable<HighlightColor, 'id'>;
  declare links: EntityTable<HighlightLink, 'id'>;
  declare reviews: EntityTable<ReviewState, 'highlightId'>;
  declare userArticles: EntityTable<UserArticleRecord, 'id'>;
  declare meta: EntityTable<MetaRecord, 'key'>;
  declare syncUpdates: EntityTable<SyncUpdateRow, 'seq'>;
  declare memberHighlights: Table<MemberHighlight, [string, string]>;
  declare memberLinks: Table<MemberLink, [string, string]>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    applySchemaVersions(this);
    this.on('populate', seedNewDatabase);
    this.use(forgetPendingOnDelete(name));

    // Another tab opened a newer version or deleted the database. Close for good (no silent
    // auto-reopen against a schema this code does not know) and tell the UI. Returning false
    // stops Dexie's default handler, which would close with auto-reopen.
    this.on('versionchange', (event) => {
      this.close();
      emitDatabaseClosedByOtherTab({
        dbName: this.name,
        reason: event.newVersion === null || event.newVersion === 0 ? 'delete' : 'upgrade',
        oldVersion: event.oldVersion / 10,
        newVersion: event.newVersion === null ? null : event.newVersion / 10,
      });
      return false;
    });

    // Dexie 4 opens a database that is newer than the declared schema instead of failing. Data
    // written by a newer release may have a shape this code would corrupt, so refuse it.
    this.on(
      'ready',
      (db) => {
        const installed = Math.floor(db.backendDB().version / 10);
        if (installed > LATEST_SCHEMA_VERSION) {
          throw new Dexie.VersionError(
            `Database '${db.name}' is at version ${installed}; this build knows up to ${LATEST_SCHEMA_VERSION}.`,
          );
        }
      },
      true,
    );
  }
}

/** A database handle (not opened yet: Dexie opens on first use, or call `db.open()`). */
export function openDatabase(name: string = DEFAULT_DB_NAME): SidenoteDb {
  return new SidenoteDb(name);
}

let defaultDb: SidenoteDb | undefined;

/**
 * The app's database, created on first call. App code reaches it through `getDb()` in
 * connect.ts (which loads this module on first use); tests may call this one directly.
 */
export function getDb(): SidenoteDb {
  defaultDb ??= openDatabase();
  return defaultDb;
}

/** Whether `getDb()` has made the app's database handle in this tab. */
export function isDefaultDbCreated(): boolean {
  return defaultDb !== undefined;
}
