import { useState } from 'react';
import { getDb } from '@/db';
import { leaveSync } from '@/db/sync/account';
import type { SyncAccount } from '@/db/sync/records';
import { useFormat, useRichT, useT } from '@/shared/i18n';
import { useSyncFlag } from '@/shared/stores/sync-flag';
import { useSyncStatus } from '@/shared/stores/sync-status';
import { Button } from '@/shared/ui/button';
import { syncApi } from './api-client';
import { describeStatus } from './status-words';

export function StatusPanel({ account }: { account: SyncAccount }) {
  const t = useT();
  const rich = useRichT();
  const format = useFormat();
  const status = useSyncStatus();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const turnOff = async () => {
    setBusy(true);
    // Sign this device out on the server too, if it can be reached; leaving works offline.
    await syncApi.revokeDevice(account.serverUrl, account.token, account.deviceId).catch(() => {});
    await leaveSync(await getDb());
    useSyncFlag.getState().set(false);
  };

  return (
    <section aria-labelledby="sync-status-heading" className="space-y-3">
      <h2 id="sync-status-heading" className="text-lg font-semibold text-ink">
        {t('sync.status.heading')}
      </h2>
      <p className="text-sm text-ink-2">
        {rich('sync.status.signedIn', {
          name: <strong className="text-ink">{account.userName}</strong>,
          server: <span className="font-mono">{account.serverUrl}</span>,
        })}
      </p>
      <p role="status" data-testid="sync-state" data-state={status.state} className="text-ink">
        {describeStatus(t, status)}
      </p>
      {status.lastSyncedAt && status.state !== 'synced' && (
        <p className="text-sm text-muted">
          {t('sync.status.lastSynced', {
            time: format.date(status.lastSyncedAt, { hour: '2-digit', minute: '2-digit' }),
          })}
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
            {t('sync.status.dismiss')}
          </Button>
        </div>
      )}
      {confirming ? (
        <div className="space-y-3 rounded-lg border border-line p-4 text-sm">
          <p className="text-ink">{t('sync.status.turnOffExplained')}</p>
          <div className="flex gap-2">
            <Button variant="danger" disabled={busy} onClick={() => void turnOff()}>
              {t('sync.status.turnOff')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('sync.status.cancel')}</Button>
          </div>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>{t('sync.status.turnOffAsk')}</Button>
      )}
    </section>
  );
}
