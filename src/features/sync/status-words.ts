import type { Translate } from '@/shared/i18n';
import type { SyncStatus } from '@/shared/stores/sync-status';

/** Sync's state in one line, for people ("Up to date", "Offline: 3 changes waiting"). */
export function describeStatus(t: Translate, { state, waiting, message }: SyncStatus): string {
  switch (state) {
    case 'off':
      return t('sync.state.off');
    case 'connecting':
      return t('sync.state.connecting');
    case 'syncing':
      return waiting > 0
        ? t('sync.state.syncingWaiting', { count: waiting })
        : t('sync.state.syncing');
    case 'synced':
      return t('sync.state.synced');
    case 'offline':
      return waiting > 0
        ? t('sync.state.offlineWaiting', { count: waiting })
        : t('sync.state.offline');
    case 'refused':
      return message
        ? t('sync.state.refused', { reason: message })
        : t('sync.state.refusedUnknown');
    case 'error':
      return message ? t('sync.state.failed', { reason: message }) : t('sync.state.failedUnknown');
  }
}
