/**
 * Lifecycle events the UI listens to. IndexedDB lets only one schema version be open at a time:
 * when another tab opens a newer version (or deletes the database), this tab's connection is
 * closed and further reads and writes fail with `DatabaseClosedError`. The UI should show a
 * banner ("Sidenote was updated in another tab — reload"), keep unsaved drafts on screen, and not
 * retry silently.
 */
export interface DatabaseClosedByOtherTabEvent {
  dbName: string;
  /** `upgrade`: another tab opened a newer version. `delete`: another tab deleted the database. */
  reason: 'upgrade' | 'delete';
  /** Dexie version numbers (IndexedDB's native version / 10). */
  oldVersion: number;
  newVersion: number | null;
}

export type DatabaseClosedListener = (event: DatabaseClosedByOtherTabEvent) => void;

const listeners = new Set<DatabaseClosedListener>();

/** Subscribe; returns the unsubscribe function. */
export function onDatabaseBlockedByNewerVersion(listener: DatabaseClosedListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Internal: called by SidenoteDb. A throwing listener does not stop the others. */
export function emitDatabaseClosedByOtherTab(event: DatabaseClosedByOtherTabEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (err) {
      console.error('Sidenote: a database-closed listener failed', err);
    }
  }
}
