import * as Y from 'yjs';
import { DocView, sameRecord, type SyncRecord } from './doc-view';
import { specOf, type TableSpec } from './tables';

/**
 * Keeps a device's saved records (IndexedDB) and its personal Yjs document in agreement.
 *
 * The replica holds the *agreed* document: the state that the saved records last matched. A
 * reconcile step then does, in this order:
 *  1. `applyLocal`: records that differ from the agreed document were changed on this device;
 *     their changes go into the document field by field (a note as a splice of its text), and
 *     come back as one update to send.
 *  2. `applyRemote`: updates received from the server are merged in; Yjs keeps both sides.
 *  3. `writesFor`: every record touched by either side is read back from the merged document;
 *     where it differs from what is saved, it is written (or deleted).
 * Because local changes enter the document *before* remote ones are merged, a remote change is
 * never mistaken for a local one and undone, and a note typed on two devices keeps both texts.
 */
export type Key = { table: string; key: string };
export type Lookup = (table: string, key: string) => SyncRecord | undefined;

export interface RecordWrite {
  table: string;
  key: string;
  /** undefined: delete the saved record. */
  record: SyncRecord | undefined;
}

export const LOCAL_ORIGIN = 'sidenote-local';
export const REMOTE_ORIGIN = 'sidenote-remote';

export class Replica {
  readonly doc: Y.Doc;
  readonly view: DocView;
  readonly specs: readonly TableSpec[];

  constructor(specs: readonly TableSpec[], doc = new Y.Doc()) {
    this.doc = doc;
    this.specs = specs;
    this.view = new DocView(doc, specs);
    this.view.takeChanged();
  }

  /** Loads saved updates (the agreed state) without counting them as changes. */
  load(updates: readonly Uint8Array[]): void {
    Y.transact(this.doc, () => updates.forEach((u) => Y.applyUpdate(this.doc, u)), REMOTE_ORIGIN);
    this.view.takeChanged();
  }

  /**
   * Step 1: puts the changes of `keys` (as saved now, by `local`) into the document.
   * Returns the update they make (null when nothing changed) and the keys that did change.
   */
  applyLocal(keys: Iterable<Key>, local: Lookup): { update: Uint8Array | null; changed: Key[] } {
    const changed: Key[] = [];
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) updates.push(update);
    };
    this.doc.on('update', capture);
    try {
      Y.transact(
        this.doc,
        () => {
          for (const { table, key } of keys) {
            const spec = specOf(this.specs, table);
            const saved = local(table, key);
            if (sameRecord(spec, saved, this.view.read(table, key))) continue;
            this.view.write(table, key, saved);
            changed.push({ table, key });
          }
        },
        LOCAL_ORIGIN,
      );
    } finally {
      this.doc.off('update', capture);
    }
    this.view.takeChanged();
    return { update: updates.length > 0 ? Y.mergeUpdates(updates) : null, changed };
  }

  /** Step 2: merges updates from elsewhere; returns the keys of the records they touched. */
  applyRemote(updates: readonly Uint8Array[]): Key[] {
    if (updates.length === 0) return [];
    Y.transact(this.doc, () => updates.forEach((u) => Y.applyUpdate(this.doc, u)), REMOTE_ORIGIN);
    const keys: Key[] = [];
    this.view
      .takeChanged()
      .forEach((set, table) => set.forEach((key) => keys.push({ table, key })));
    return keys;
  }

  /** Step 3: what to save so the records of `keys` match the merged document. */
  writesFor(keys: Iterable<Key>, local: Lookup): RecordWrite[] {
    const writes: RecordWrite[] = [];
    const seen = new Set<string>();
    for (const { table, key } of keys) {
      const id = `${table}\u001f${key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const merged = this.view.read(table, key);
      if (!sameRecord(specOf(this.specs, table), local(table, key), merged)) {
        writes.push({ table, key, record: merged });
      }
    }
    return writes;
  }

  /**
   * For a device's first reconcile, once the server's state is merged in: what each saved record
   * should contribute. What the server has wins over this device's values (its colour meanings
   * are not reset to the defaults); records only here are added; a note or set only here is
   * added to the server's, so nothing this device wrote before joining is lost.
   */
  joinLookup(local: Lookup): Lookup {
    return (table, key) =>
      joinRecord(specOf(this.specs, table), local(table, key), this.view.read(table, key));
  }

  /** True before anything was loaded or merged. */
  isEmpty(): boolean {
    return this.doc.store.clients.size === 0;
  }

  /** Every record key the document has, per table (for a full comparison). */
  allKeys(): Key[] {
    return this.specs.flatMap(({ table }) => this.view.keys(table).map((key) => ({ table, key })));
  }

  /** The whole agreed state as one update (to save compactly). */
  snapshot(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc);
  }
}

/** See `Replica.joinLookup`. */
export function joinRecord(
  spec: TableSpec,
  saved: SyncRecord | undefined,
  remote: SyncRecord | undefined,
): SyncRecord | undefined {
  if (!saved || !remote || spec.whole) return remote ?? saved;
  const merged: SyncRecord = { ...remote };
  for (const [field, kind] of Object.entries(spec.fields)) {
    if (kind === 'text') {
      const mine = typeof saved[field] === 'string' ? (saved[field] as string) : '';
      const theirs = typeof remote[field] === 'string' ? (remote[field] as string) : '';
      if (mine.trim() !== '' && !theirs.includes(mine)) {
        merged[field] = theirs.trim() === '' ? mine : `${theirs}\n\n${mine}`;
      }
    } else if (kind === 'set') {
      const union = new Set([...asList(remote[field]), ...asList(saved[field])]);
      merged[field] = [...union];
    }
  }
  return merged;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
