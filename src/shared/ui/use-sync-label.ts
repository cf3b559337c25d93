import { useT, type MessageId } from '@/shared/i18n';
import { useSyncStatus, type SyncState } from '@/shared/stores/sync-status';

const WORDS: Record<SyncState, MessageId> = {
  off: 'ui.syncNav.off',
  connecting: 'ui.syncNav.connecting',
  syncing: 'ui.syncNav.syncing',
  synced: 'ui.syncNav.synced',
  offline: 'ui.syncNav.offline',
  refused: 'ui.syncNav.refused',
  error: 'ui.syncNav.error',
};

/** The Sync link's name, with sync's state in it when sync is on. */
export function useSyncLabel(): string {
  const t = useT();
  const state = useSyncStatus((s) => s.state);
  const waiting = useSyncStatus((s) => s.waiting);
  const words = t(WORDS[state]);
  return waiting > 0 && state !== 'off'
    ? t('ui.syncNav.waiting', { state: words, count: waiting })
    : words;
}
