import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getDb } from '@/db';
import { saveSyncAccount } from '@/db/sync/account';
import type { SyncAccount } from '@/db/sync/records';
import { useFormat, useT } from '@/shared/i18n';
import { useSyncFlag } from '@/shared/stores/sync-flag';
import { Button } from '@/shared/ui/button';
import { ErrorLine } from './error-line';
import { syncApi } from './api-client';
import { defaultDeviceName } from './device-name';
import { syncErrorText } from './messages';

/**
 * What an invite link opens: what is being joined (whose sync, which group and role, on which
 * server) and a Join button. `onJoined` takes the code out of the address bar and history.
 */
export function JoinPanel({
  server,
  code,
  account,
  onJoined,
  onCancel,
}: {
  server: string;
  code: string;
  account: SyncAccount | null;
  onJoined(): void;
  onCancel(): void;
}) {
  const t = useT();
  const format = useFormat();
  const preview = useQuery({
    queryKey: ['sync-invite', server, code],
    queryFn: () => syncApi.previewInvite(server, code),
    retry: false,
  });
  const [deviceName, setDeviceName] = useState(() => defaultDeviceName());
  const [memberName, setMemberName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (preview.isPending) return <p className="text-ink-2">{t('sync.join.reading')}</p>;
  if (preview.isError) {
    return (
      <div role="alert" className="space-y-3 rounded-lg border border-danger/40 p-4">
        <p className="font-medium text-ink">{t('sync.join.unusable')}</p>
        <p className="text-sm text-ink-2">{syncErrorText(t, preview.error)}</p>
        <Button onClick={onCancel}>{t('sync.join.back')}</Button>
      </div>
    );
  }
  const invite = preview.data;
  const otherServer = account && account.serverUrl !== server;
  const sameMember = account && !otherServer && invite.kind === 'device';
  const name = memberName ?? invite.memberName ?? '';

  const join = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const signedIn = account && !otherServer ? account.token : undefined;
      const result = await syncApi.join(
        server,
        {
          code,
          deviceName: deviceName.trim() || defaultDeviceName(),
          memberName: name.trim() || undefined,
        },
        signedIn,
      );
      await saveSyncAccount(await getDb(), {
        serverUrl: server,
        token: result.token,
        userId: result.user.id,
        userName: result.user.name,
        deviceId: result.deviceId,
        joinedAt: new Date().toISOString(),
        groups: result.groups,
        devices: result.devices,
      });
      useSyncFlag.getState().set(true);
      onJoined();
    } catch (err) {
      setError(err ?? new Error('join failed'));
      setBusy(false);
    }
  };

  const what =
    invite.kind !== 'device'
      ? t('sync.join.group', { group: invite.groupName ?? '', role: invite.role ?? 'member' })
      : invite.memberName
        ? t('sync.join.addDevice', { name: invite.memberName })
        : t('sync.join.addDeviceYours');

  return (
    <form
      onSubmit={(e) => void join(e)}
      aria-labelledby="join-heading"
      className="space-y-4 rounded-xl border border-line bg-surface p-5"
    >
      <h2 id="join-heading" className="text-lg font-semibold text-ink">
        {what}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-muted">{t('sync.join.server')}</dt>
        <dd className="font-mono text-ink">{server}</dd>
        {invite.kind === 'group' && (
          <>
            <dt className="text-muted">{t('sync.join.role')}</dt>
            <dd className="text-ink">
              {invite.role === 'reader' ? t('sync.join.roleReader') : t('sync.join.roleWriter')}
            </dd>
          </>
        )}
        <dt className="text-muted">{t('sync.join.validUntil')}</dt>
        <dd className="text-ink">{format.date(invite.expiresAt)}</dd>
      </dl>
      <p className="text-sm text-ink-2">
        {invite.kind === 'group' && invite.role !== 'reader'
          ? t('sync.join.sendsShared')
          : t('sync.join.sends')}
      </p>
      {otherServer ? (
        <p role="alert" className="text-sm text-danger">
          {t('sync.join.otherServer', { server: account.serverUrl })}
        </p>
      ) : sameMember ? (
        <p role="alert" className="text-sm text-ink-2">
          {t('sync.join.sameMember', { name: account.userName })}
        </p>
      ) : (
        <>
          {!account && (
            <label className="block space-y-1 text-sm">
              <span className="text-ink-2">{t('sync.join.deviceName')}</span>
              <input
                value={deviceName}
                onChange={(e) => setDeviceName(e.target.value)}
                className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
              />
            </label>
          )}
          {invite.kind === 'group' && !account && (
            <label className="block space-y-1 text-sm">
              <span className="text-ink-2">{t('sync.join.memberName')}</span>
              <input
                value={name}
                onChange={(e) => setMemberName(e.target.value)}
                className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
              />
            </label>
          )}
          <ErrorLine error={error} />
        </>
      )}
      <div className="flex gap-2">
        {!otherServer && !sameMember && (
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? t('sync.join.joining') : t('sync.join.join')}
          </Button>
        )}
        <Button onClick={onCancel}>{t('sync.join.notNow')}</Button>
      </div>
    </form>
  );
}
