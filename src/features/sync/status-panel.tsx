import { useState } from 'react';
import { getDb } from '@/db';
import { leaveSync } from '@/db/sync/account';
import type { SyncAccount } from '@/db/sync/records';
import { useSyncFlag } from '@/shared/stores/sync-flag';
import { useSyncStatus } from '@/shared/stores/sync-status';
import { Button } from '@/shared/ui/button';
import { syncApi } from './api-client';
import { describeStatus } from './status-words';

export function StatusPanel({ account }: { account: SyncAccount }) {
  const status = useSyncStatus();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const turnOff = async () => {
    setBusy(true);
    // Sign this device out on the server too, if it can be reached; leaving works offline.
    await syncApi.revokeDevice(account.serverUrl, account.token, account.deviceId).catch(() => {});
    await leaveSync(getDb());
    useSyncFlag.getState().set(false);
  };

  return (
    <section aria-labelledby="sync-status-heading" className="space-y-3">
      <h2 id="sync-status-heading" className="text-lg font-semibold text-ink">
        This device
      </h2>
      <p className="text-sm text-ink-2">
        Signed in as <strong className="text-ink">{account.userName}</strong> on{' '}
        <span className="font-mono">{account.serverUrl}</span>.
      </p>
      <p role="status" data-testid="sync-state" data-state={status.state} className="text-ink">
        {describeStatus(status)}
      </p>
      {status.lastSyncedAt && status.state !== 'synced' && (
        <p className="text-sm text-muted">
          Last up to date {new Date(status.lastSyncedAt).toLocaleTimeString()}.
        </p>
      )}
      {status.notice && (
        <div
          role="alert"
          className="flex items-start gap-3 rounded-lg border border-line bg-surface-2 p-3 text-sm"
        >
          <p className="flex-1 text-ink">{status.notice}</p>
          <Button
            compact
            variant="ghost"
            onClick={() => useSyncStatus.getState().set({ notice: undefined })}
          >
            Dismiss
          </Button>
        </div>
      )}
      {confirming ? (
        <div className="space-y-3 rounded-lg border border-line p-4 text-sm">
          <p className="text-ink">
            Everything you wrote stays on this device, as it is now. Other members’ highlights are
            removed from it. The server keeps your copy for your other devices; this device is
            signed out there.
          </p>
          <div className="flex gap-2">
            <Button variant="danger" disabled={busy} onClick={() => void turnOff()}>
              Turn off sync here
            </Button>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>Turn off sync on this device…</Button>
      )}
    </section>
  );
}
