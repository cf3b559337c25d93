import Dexie, { cmp, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { SyncRecord } from '@/domain/sync/doc-view';
import type { Key, Replica } from '@/domain/sync/replica';
import { PERSONAL_TABLES } from '@/domain/sync/tables';
import type { SidenoteDb } from '../database';

/**
 * The saved side of a device's personal sync document: the updates that make up its agreed
 * state (`syncUpdates`), and one reconcile step run inside a single IndexedDB transaction, so the
 * saved records and the agreed state never disagree on disk, whatever fails or closes midway.
 */

export const SYNCED_TABLES: readonly string[] = PERSONAL_TABLES.map((s) => s.table);
/** Saved updates per document before they are folded into one. */
const COMPACT_AFTER = 300;

const id = (k: Key) => `${k.table}\u001f${k.key}`;

export async function loadAgreedUpdates(db: SidenoteDb, doc: string): Promise<Uint8Array[]> {
  const rows = await db.syncUpdates.where('doc').equals(doc).sortBy('seq');
  return rows.map((r) => r.data);
}

export interface ReconcileResult {
  /** The update made of this device's changes, to send (null when there were none). */
  localUpdate: Uint8Array | null;
  localChanged: Key[];
  /** How many saved records were written or deleted to take in remote changes. */
  written: number;
}

async function readRecords(db: SidenoteDb, keys: readonly Key[], into: Map<string, SyncRecord>) {
  const byTable = new Map<string, string[]>();
  for (const k of keys) {
    if (into.has(id(k))) continue;
    const list = byTable.get(k.table) ?? [];
    list.push(k.key);
    byTable.set(k.table, list);
  }
  for (const [table, list] of byTable) {
    const rows = await db.table<SyncRecord, string>(table).bulkGet(list);
    list.forEach((key, i) => {
      const row = rows[i];
      into.set(`${table}\u001f${key}`, row as SyncRecord);
    });
  }
}

async function allSavedKeys(db: SidenoteDb): Promise<Key[]> {
  const keys: Key[] = [];
  for (const table of SYNCED_TABLES) {
    const primary = await db.table(table).toCollection().primaryKeys();
    primary.forEach((key) => keys.push({ table, key: String(key) }));
  }
  return keys;
}

/**
 * One reconcile step (see `Replica`): the changes saved under `dirty` (or every record, for
 * `'all'`) go into the agreed document, `remote` updates are merged, and the merged records are
 * saved, with the updates that made them, in one transaction.
 */
export async function reconcilePersonal(
  db: SidenoteDb,
  replica: Replica,
  doc: string,
  dirty: readonly Key[] | 'all',
  remote: readonly Uint8Array[],
  /** The device's first reconcile: `remote` is the server's whole state (see `joinLookup`). */
  joining = false,
): Promise<ReconcileResult> {
  const tables = [...SYNCED_TABLES.map((t) => db.table(t)), db.syncUpdates];
  return db.transaction('rw', tables, async () => {
    const keys = dirty === 'all' ? [...(await allSavedKeys(db)), ...replica.allKeys()] : dirty;
    const saved = new Map<string, SyncRecord>();
    const lookup = (table: string, key: string) => saved.get(`${table}\u001f${key}`);
    await readRecords(db, keys, saved);
    let update: Uint8Array | null;
    let changed: Key[];
    let remoteKeys: Key[];
    if (joining) {
      // The server's state first, then what this device adds to it.
      remoteKeys = replica.applyRemote(remote);
      await readRecords(db, remoteKeys, saved);
      ({ update, changed } = replica.applyLocal(keys, replica.joinLookup(lookup)));
    } else {
      ({ update, changed } = replica.applyLocal(keys, lookup));
      remoteKeys = replica.applyRemote(remote);
      await readRecords(db, remoteKeys, saved);
    }
    const writes = replica.writesFor([...keys, ...remoteKeys], lookup);
    for (const table of SYNCED_TABLES) {
      const mine = writes.filter((w) => w.table === table);
      const puts = mine.flatMap((w) => (w.record ? [w.record] : []));
      const deletes = mine.filter((w) => !w.record).map((w) => w.key);
      if (puts.length > 0) await db.table(table).bulkPut(puts);
      if (deletes.length > 0) await db.table(table).bulkDelete(deletes);
    }
    const incoming = [...(update ? [update] : []), ...remote];
    if (incoming.length > 0) {
      const count = await db.syncUpdates.where('doc').equals(doc).count();
      if (count + incoming.length > COMPACT_AFTER) {
        await db.syncUpdates.where('doc').equals(doc).delete();
        await db.syncUpdates.add({ doc, data: replica.snapshot() });
      } else {
        await db.syncUpdates.bulkAdd(incoming.map((data) => ({ doc, data })));
      }
    }
    return { localUpdate: update, localChanged: changed, written: writes.length };
  });
}

/** Forgets a document's agreed state (leaving sync); the saved records stay as they are. */
export async function forgetDocument(db: SidenoteDb, doc: string): Promise<void> {
  await db.syncUpdates.where('doc').equals(doc).delete();
}

/** The ranges of an interval tree (a Dexie RangeSet, also as it arrives from another tab). */
function rangesOf(tree: IntervalTree): { from: unknown; to: unknown }[] {
  const out: { from: unknown; to: unknown }[] = [];
  const walk = (node: IntervalTree | null | undefined) => {
    if (!node || !('from' in node)) return;
    walk(node.l);
    out.push({ from: node.from, to: node.to });
    walk(node.r);
  };
  walk(tree);
  return out;
}

/**
 * Calls `onChange` with the keys of synced records saved by this tab or another one (`'all'` for
 * a table changed as a whole: a clear, a range delete, a large bulk write). Returns the
 * unsubscribe function.
 */
export function watchSavedChanges(
  db: SidenoteDb,
  onChange: (keys: Key[] | 'all') => void,
): () => void {
  const prefix = `idb://${db.name}/`;
  const listener = (parts: ObservabilitySet) => {
    const keys: Key[] = [];
    for (const [part, ranges] of Object.entries(parts)) {
      if (!part.startsWith(prefix) || !part.endsWith('/')) continue;
      const table = part.slice(prefix.length, -1);
      if (!SYNCED_TABLES.includes(table)) continue;
      for (const range of rangesOf(ranges)) {
        if (typeof range.from !== 'string' || cmp(range.from, range.to) !== 0) {
          onChange('all');
          return;
        }
        keys.push({ table, key: range.from });
      }
    }
    if (keys.length > 0) onChange(keys);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
