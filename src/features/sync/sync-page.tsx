import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useSyncAccount } from '@/db/live/sync';
import { useRichT, useT } from '@/shared/i18n';
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
  const t = useT();
  useDocumentTitle(t('sync.page.title'));
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
        title={t('sync.page.title')}
        gap="none"
        description={t('sync.page.description')}
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
          {t('sync.page.incompleteLink')}
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

/** The command that starts a sync server: the same in every language. */
const SERVER_COMMAND = 'npm run server';

function SyncOff() {
  const t = useT();
  const rich = useRichT();
  const [, navigate] = useLocation();
  const [link, setLink] = useState('');
  const [notALink, setNotALink] = useState(false);

  const open = (event: FormEvent) => {
    event.preventDefault();
    try {
      const url = new URL(link.trim());
      const invite = url.searchParams.get('invite');
      const server = url.searchParams.get('server');
      if (!invite || !server) throw new Error();
      navigate(`/sync?server=${encodeURIComponent(server)}&invite=${encodeURIComponent(invite)}`);
    } catch {
      setNotALink(true);
    }
  };

  return (
    <section aria-labelledby="sync-off-heading" className="space-y-4">
      <h2 id="sync-off-heading" className="text-lg font-semibold text-ink">
        {t('sync.off.heading')}
      </h2>
      <p className="text-ink-2">
        {rich('sync.off.intro', { command: <code>{SERVER_COMMAND}</code> })}
      </p>
      <p className="text-ink-2">
        {rich('sync.off.howTo', {
          command: <code className="rounded bg-surface-2 px-1">{t('sync.off.inviteCommand')}</code>,
        })}
      </p>
      <form onSubmit={open} className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 space-y-1 text-sm">
          <span className="block text-ink-2">{t('sync.off.linkLabel')}</span>
          <input
            value={link}
            onChange={(e) => {
              setLink(e.target.value);
              setNotALink(false);
            }}
            className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
          />
        </label>
        <Button type="submit" disabled={link.trim() === ''}>
          {t('sync.off.open')}
        </Button>
      </form>
      <ErrorLine error={notALink ? t('sync.off.notALink') : null} />
    </section>
  );
}
