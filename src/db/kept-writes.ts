import type { Highlight } from '@/domain/annotations/types';
import { nowIso } from './clock';
import { getDb } from './connect';
import type { SidenoteDb } from './database';
import type { HighlightPatch } from './highlight-patch';
import {
  deleteHighlight,
  storeNewHighlight,
  updateHighlight,
  type DeletedHighlight,
} from './highlights-repo';
import {
  forgetPendingWrite,
  keepPendingWrite,
  stillKept,
  type PendingChange,
  type PendingWrite,
} from './pending-writes';

/**
 * The reader's highlight writes, each kept in localStorage from the moment it is asked for
 * (synchronously, in the caller's task) until IndexedDB has it, so leaving the page meanwhile
 * loses nothing: the next start writes it (pending-replay.ts, decision 0030). A failed write
 * rejects as before and its copy is removed: the reader has said it was not saved. `db` is for
 * tests; the app's database otherwise.
 */

/** Stores a record made by `newHighlight` (never failing on a copy another tab replayed first). */
export function writeNewHighlight(highlight: Highlight, db?: SidenoteDb): Promise<void> {
  // While this write waited (on a first visit, for the storage engine), another tab may have
  // replayed its copy, and the highlight been deleted since: then it stays deleted.
  return kept({ kind: 'create', highlight }, db, (d, copy) =>
    storeNewHighlight(d, highlight, () => stillKept(copy)),
  );
}

/** `updateHighlight`, kept until stored. */
export function writeHighlightPatch(
  id: string,
  patch: HighlightPatch,
  db?: SidenoteDb,
): Promise<Highlight | undefined> {
  const change = { kind: 'update', id, patch, at: nowIso() } as const;
  // Stored at the time it was asked for, the time its copy carries: a replay compares the two.
  return kept(change, db, (d) => updateHighlight(d, id, patch, change.at));
}

/** `deleteHighlight`, kept until done. */
export function writeHighlightDeletion(
  id: string,
  db?: SidenoteDb,
): Promise<DeletedHighlight | undefined> {
  return kept({ kind: 'delete', id, at: nowIso() }, db, (d) => deleteHighlight(d, id));
}

function kept<T>(
  change: PendingChange,
  db: SidenoteDb | undefined,
  write: (db: SidenoteDb, copy: PendingWrite) => Promise<T>,
): Promise<T> {
  const copy = keepPendingWrite(change, db?.name);
  const run = async () => write(db ?? (await getDb()), copy);
  return run().finally(() => forgetPendingWrite(copy));
}
