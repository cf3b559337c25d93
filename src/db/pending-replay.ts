import { getDb } from './connect';
import type { SidenoteDb } from './database';
import { patchedHighlight } from './highlight-patch';
import { deleteHighlight, storeNewHighlight } from './highlights-repo';
import {
  forgetPendingWrite,
  listPendingWrites,
  readableHere,
  type PendingChange,
  type PendingWrite,
} from './pending-writes';

/**
 * Writes a pending change (pending-writes.ts) as it was meant, and only if that changes nothing
 * newer: a new highlight is stored unless a version at least as new is; an edit or a deletion is
 * applied only to a stored version older than it. A highlight deleted since is not there, and its
 * pending create and edits were forgotten when it was deleted (`forgetDeletedHighlights`), so
 * nothing comes back. Safe to run twice, and in two tabs at once.
 */
export async function applyPendingChange(db: SidenoteDb, change: PendingChange): Promise<void> {
  if (change.kind === 'create') return storeNewHighlight(db, change.highlight);
  await db.transaction('rw', [db.highlights, db.links, db.reviews], async () => {
    const stored = await db.highlights.get(change.id);
    if (!stored || stored.updatedAt > change.at) return;
    if (change.kind === 'delete') await deleteHighlight(db, change.id);
    else if (stored.updatedAt < change.at) {
      await db.highlights.put(patchedHighlight(stored, change.patch, change.at));
    }
  });
}

/**
 * Writes again what an earlier page kept pending when it was left (or crashed) mid-write, then
 * removes each copy written. Without pending copies it does nothing, and loads nothing (a first
 * visit loads no storage engine: decision 0025). `db` is for tests; the app's start passes none.
 * Never rejects: a copy that fails to write stays for the next start.
 */
export async function replayPendingWrites(db?: SidenoteDb): Promise<number> {
  // A copy a newer Sidenote kept (in another tab, say) waits for a page that knows its shape.
  const pending = listPendingWrites(db?.name).filter(readableHere);
  if (pending.length === 0) return 0;
  let written = 0;
  try {
    const target = db ?? (await getDb());
    for (const write of pending) if (await replayOne(target, write)) written++;
  } catch {
    // The database cannot be opened (a newer Sidenote in another tab, say): the copies stay.
  }
  return written;
}

async function replayOne(db: SidenoteDb, write: PendingWrite): Promise<boolean> {
  try {
    await applyPendingChange(db, write.change);
    forgetPendingWrite(write);
    return true;
  } catch {
    return false;
  }
}
