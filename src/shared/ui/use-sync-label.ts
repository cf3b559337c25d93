import { useSyncStatus, type SyncState } from '@/shared/stores/sync-status';

const WORDS: Record<SyncState, string> = {
  off: 'Sync',
  connecting: 'Sync: connecting',
  syncing: 'Sync: syncing',
  synced: 'Sync: up to date',
  offline: 'Sync: offline',
  refused: 'Sync: refused',
  error: 'Sync: failing',
};

/** The Sync link's name, with sync's state in it when sync is on. */
export function useSyncLabel(): string {
  const state = useSyncStatus((s) => s.state);
  const waiting = useSyncStatus((s) => s.waiting);
  return waiting > 0 && state !== 'off' ? `${WORDS[state]}, ${waiting} waiting` : WORDS[state];
}
