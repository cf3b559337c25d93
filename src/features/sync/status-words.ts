import type { SyncStatus } from '@/shared/stores/sync-status';

/** Sync's state in one line, for people ("Up to date", "Offline: 3 changes waiting"). */
export function describeStatus({ state, waiting, message }: SyncStatus): string {
  const waitingText = waiting === 1 ? '1 change waiting' : `${waiting} changes waiting`;
  switch (state) {
    case 'off':
      return 'Sync is off on this device.';
    case 'connecting':
      return 'Connecting to the server…';
    case 'syncing':
      return waiting > 0 ? `Syncing: ${waitingText}.` : 'Syncing…';
    case 'synced':
      return 'Up to date.';
    case 'offline':
      return waiting > 0
        ? `Offline: ${waitingText}. They are kept here and sent when the server is reachable.`
        : 'Offline. Changes are kept here and sent when the server is reachable.';
    case 'refused':
      return `Refused: ${message ?? 'the server does not accept this device.'}`;
    case 'error':
      return `Sync failed: ${message ?? 'unknown error'}. It tries again by itself.`;
  }
}
