/**
 * Where pending highlight copies live in localStorage (pending-writes.ts), in a module of its own
 * that imports nothing: /boot.js asks whether any are kept before the app's code has come.
 */
export const PENDING_PREFIX = 'sidenote.pending-highlight:';

/** Whether copies of highlight changes for database `dbName` wait in localStorage for a replay. */
export function pendingCopiesKept(dbName: string): boolean {
  try {
    const prefix = `${PENDING_PREFIX}${dbName}:`;
    for (let i = 0; i < localStorage.length; i++) {
      if (localStorage.key(i)?.startsWith(prefix)) return true;
    }
  } catch {
    // No storage: no copies.
  }
  return false;
}
