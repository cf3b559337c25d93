import { useEffect, useState } from 'react';
import type { SyncAccount } from '@/db/sync/records';
import { useT } from '@/shared/i18n';
import { Button } from '@/shared/ui/button';
import { ErrorLine } from './error-line';
import { inviteLink, syncApi } from './api-client';
import { CopyLink } from './copy-link';
import { currentSyncEngine } from './engine-handle';
import { useSyncAction } from './use-sync-action';

/** This person's devices: add one with an invite link, sign another one out. */
export function DevicesPanel({ account }: { account: SyncAccount }) {
  const t = useT();
  const [invite, setInvite] = useState<{ link: string; expiresAt: string } | null>(null);
  const link = invite?.link;
  const { error, run } = useSyncAction();

  // While an invite is out, look for the new device every few seconds (it joins elsewhere).
  const count = account.devices.length;
  useEffect(() => {
    if (!link) return;
    const timer = setInterval(() => void currentSyncEngine()?.refresh(), 3000);
    return () => clearInterval(timer);
  }, [link, count]);

  return (
    <section aria-labelledby="devices-heading" className="space-y-3">
      <h2 id="devices-heading" className="text-lg font-semibold text-ink">
        {t('sync.devices.heading')}
      </h2>
      <ul
        aria-label={t('sync.devices.list')}
        className="divide-y divide-line rounded-lg border border-line"
      >
        {account.devices.map((d) => (
          <li key={d.id} className="flex items-center gap-3 px-3 py-2 text-sm">
            <span className="flex-1 text-ink">
              {d.name}
              {d.id === account.deviceId && (
                <span className="ml-2 text-muted">{t('sync.devices.thisDevice')}</span>
              )}
            </span>
            {d.id !== account.deviceId && (
              <Button
                compact
                variant="ghost"
                onClick={() =>
                  void run(() => syncApi.revokeDevice(account.serverUrl, account.token, d.id))
                }
              >
                {t('sync.devices.signOut', { name: d.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button
        onClick={() =>
          void run(async () => {
            setInvite(null);
            const made = await syncApi.inviteDevice(account.serverUrl, account.token);
            setInvite({
              link: inviteLink(window.location.origin, account.serverUrl, made.code),
              expiresAt: made.expiresAt,
            });
          })
        }
      >
        {t('sync.devices.add')}
      </Button>
      {invite && (
        <CopyLink
          link={invite.link}
          expiresAt={invite.expiresAt}
          label={t('sync.devices.linkHint')}
        />
      )}
      <ErrorLine error={error} />
    </section>
  );
}
