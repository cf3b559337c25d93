import { useT, type MessageId } from '@/shared/i18n';
import { useSyncStatus, type SyncState } from '@/shared/stores/sync-status';

const WORDS: Record<SyncState, MessageId> = {
  off: 'sync.nav.off',
  connecting: 'sync.nav.connecting',
  syncing: 'sync.nav.syncing',
  synced: 'sync.nav.synced',
  offline: 'sync.nav.offline',
  refused: 'sync.nav.refused',
  error: 'sync.nav.error',
};

/** The Sync link's name, with sync's state in it when sync is on. */
export function useSyncLabel(): string {
  const t = useT();
  const state = useSyncStatus((s) => s.state);
  const waiting = useSyncStatus((s) => s.waiting);
  const words = t(WORDS[state]);
  return waiting > 0 && state !== 'off'
    ? t('sync.nav.waiting', { state: words, count: waiting })
    : words;
}
