import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getDb } from '@/db';
import { saveSyncAccount } from '@/db/sync/account';
import type { SyncAccount } from '@/db/sync/records';
import { useSyncFlag } from '@/shared/stores/sync-flag';
import { Button } from '@/shared/ui/button';
import { ErrorLine } from './error-line';
import { syncApi } from './api-client';
import { defaultDeviceName } from './device-name';

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
  const preview = useQuery({
    queryKey: ['sync-invite', server, code],
    queryFn: () => syncApi.previewInvite(server, code),
    retry: false,
  });
  const [deviceName, setDeviceName] = useState(defaultDeviceName);
  const [memberName, setMemberName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (preview.isPending) return <p className="text-ink-2">Reading the invite…</p>;
  if (preview.isError) {
    return (
      <div role="alert" className="space-y-3 rounded-lg border border-danger/40 p-4">
        <p className="font-medium text-ink">This invite cannot be used.</p>
        <p className="text-sm text-ink-2">{preview.error.message}</p>
        <Button onClick={onCancel}>Back to sync</Button>
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
      await saveSyncAccount(getDb(), {
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
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  const what =
    invite.kind === 'device'
      ? `Add this device to ${invite.memberName ?? 'your'}’s sync`
      : `Join the study group “${invite.groupName ?? ''}” as a ${invite.role ?? 'member'}`;

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
        <dt className="text-muted">Server</dt>
        <dd className="font-mono text-ink">{server}</dd>
        {invite.kind === 'group' && (
          <>
            <dt className="text-muted">Role</dt>
            <dd className="text-ink">
              {invite.role === 'reader'
                ? 'Reader: you see the group’s highlights and notes; yours stay private'
                : 'Writer: you share your highlights and notes with the group'}
            </dd>
          </>
        )}
        <dt className="text-muted">Valid until</dt>
        <dd className="text-ink">{new Date(invite.expiresAt).toLocaleDateString()}</dd>
      </dl>
      <p className="text-sm text-ink-2">
        Joining sends your highlights, notes, tags, colour meanings, review progress and your own
        articles to this server, and keeps them the same on every device you join.
        {invite.kind === 'group' &&
          invite.role !== 'reader' &&
          ' Members of the group see your highlights and notes with your name.'}
      </p>
      {otherServer ? (
        <p role="alert" className="text-sm text-danger">
          This device already syncs with {account.serverUrl}. Turn sync off here first to join
          another server.
        </p>
      ) : sameMember ? (
        <p role="alert" className="text-sm text-ink-2">
          This device is already signed in as {account.userName}.
        </p>
      ) : (
        <>
          {!account && (
            <label className="block space-y-1 text-sm">
              <span className="text-ink-2">This device’s name</span>
              <input
                value={deviceName}
                onChange={(e) => setDeviceName(e.target.value)}
                className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
              />
            </label>
          )}
          {invite.kind === 'group' && !account && (
            <label className="block space-y-1 text-sm">
              <span className="text-ink-2">Your name in the group</span>
              <input
                value={name}
                onChange={(e) => setMemberName(e.target.value)}
                className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
              />
            </label>
          )}
          <ErrorLine message={error} />
        </>
      )}
      <div className="flex gap-2">
        {!otherServer && !sameMember && (
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </Button>
        )}
        <Button onClick={onCancel}>Not now</Button>
      </div>
    </form>
  );
}
