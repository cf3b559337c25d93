import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useSyncAccount } from '@/db/live/sync';
import { useSyncFlag } from '@/shared/stores/sync-flag';
import { Button } from '@/shared/ui/button';
import { ErrorLine } from './error-line';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { normalizeServerUrl } from './api-client';
import { DevicesPanel } from './devices-panel';
import { GroupsPanel } from './groups-panel';
import { JoinPanel } from './join-panel';
import { StatusPanel } from './status-panel';

/**
 * `/sync`: turn sync on with an invite link, see its state, devices and groups, and leave.
 * `/sync?server=<ws-url>&invite=<code>` is what an invite link opens.
 */
export function SyncPage() {
  useDocumentTitle('Sync');
  const account = useSyncAccount();
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const server = normalizeServerUrl(params.get('server') ?? '');
  const code = params.get('invite');
  // Replacing the entry takes the one-time code out of the address bar and the history.
  const clearInvite = () => navigate('/sync', { replace: true });
  // A sign-in without the first page's hint (storage cleared in part): start sync from here.
  const signedIn = Boolean(account);
  useEffect(() => {
    if (signedIn && !useSyncFlag.getState().on) useSyncFlag.getState().set(true);
  }, [signedIn]);

  return (
    <Page width="2xl" sections>
      <PageHeader
        title="Sync"
        gap="none"
        description="Your notes on every device, and study groups, through a server you choose."
      />
      {account === undefined ? null : code && server ? (
        <JoinPanel
          server={server}
          code={code}
          account={account}
          onJoined={clearInvite}
          onCancel={clearInvite}
        />
      ) : code ? (
        <p role="alert" className="text-danger">
          This invite link is incomplete: it names no server. Ask for the link again.
        </p>
      ) : null}
      {account === null && !code && <SyncOff />}
      {account && (
        <>
          <StatusPanel account={account} />
          <DevicesPanel account={account} />
          <GroupsPanel account={account} />
        </>
      )}
    </Page>
  );
}

function SyncOff() {
  const [, navigate] = useLocation();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const open = (event: FormEvent) => {
    event.preventDefault();
    try {
      const url = new URL(link.trim());
      const invite = url.searchParams.get('invite');
      const server = url.searchParams.get('server');
      if (!invite || !server) throw new Error();
      navigate(`/sync?server=${encodeURIComponent(server)}&invite=${encodeURIComponent(invite)}`);
    } catch {
      setProblem('That is not an invite link. It looks like …/sync?server=…&invite=…');
    }
  };

  return (
    <section aria-labelledby="sync-off-heading" className="space-y-4">
      <h2 id="sync-off-heading" className="text-lg font-semibold text-ink">
        Sync is off
      </h2>
      <p className="text-ink-2">
        Everything you write is kept in this browser only. Sync keeps it the same on your other
        devices and lets a study group see each other’s highlights and notes. It needs a sync server
        that you or your school run (<code>npm run server</code>); nothing is sent anywhere until
        you join one.
      </p>
      <p className="text-ink-2">
        To start, the server’s owner runs{' '}
        <code className="rounded bg-surface-2 px-1">
          npm run server -- invite --member "Your name"
        </code>{' '}
        and gives you the link it prints. Open it here, or paste it:
      </p>
      <form onSubmit={open} className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 space-y-1 text-sm">
          <span className="block text-ink-2">Invite link</span>
          <input
            value={link}
            onChange={(e) => {
              setLink(e.target.value);
              setProblem(null);
            }}
            className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
          />
        </label>
        <Button type="submit" disabled={link.trim() === ''}>
          Open invite
        </Button>
      </form>
      <ErrorLine message={problem} />
    </section>
  );
}
