import { create } from 'zustand';

/**
 * How sync is doing, for the Sync page and the top bar's indicator. Written only by the sync
 * engine (`src/features/sync`), which loads only when sync is on; until then the state is `off`.
 */
export type SyncState =
  'off' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'refused' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Changes made on this device that the server has not confirmed yet. */
  waiting: number;
  /** Why sync is refused or failing, in words for people. */
  message?: string;
  /** ISO time the server last confirmed everything. */
  lastSyncedAt?: string;
  /** Something the server refused that the person should know (a reader's write, say). */
  notice?: string;
}

interface SyncStatusStore extends SyncStatus {
  set(patch: Partial<SyncStatus>): void;
  reset(): void;
}

export const useSyncStatus = create<SyncStatusStore>((set) => ({
  state: 'off',
  waiting: 0,
  set: (patch) => set(patch),
  reset: () =>
    set({
      state: 'off',
      waiting: 0,
      message: undefined,
      lastSyncedAt: undefined,
      notice: undefined,
    }),
}));
