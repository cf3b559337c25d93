import { useState, type FormEvent } from 'react';
import type { SyncAccount, SyncGroup } from '@/db/sync/records';
import { useT } from '@/shared/i18n';
import { Button } from '@/shared/ui/button';
import { ErrorLine } from './error-line';
import { inviteLink, syncApi } from './api-client';
import { CopyLink } from './copy-link';
import { useSyncAction } from './use-sync-action';

/** Study groups: create one, invite members as writer or reader, remove them, leave. */
export function GroupsPanel({ account }: { account: SyncAccount }) {
  const t = useT();
  const [name, setName] = useState('');
  const { error, run } = useSyncAction();

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await syncApi.createGroup(account.serverUrl, account.token, name.trim());
      setName('');
    });
  };

  return (
    <section aria-labelledby="groups-heading" className="space-y-3">
      <h2 id="groups-heading" className="text-lg font-semibold text-ink">
        {t('sync.groups.heading')}
      </h2>
      <p className="text-sm text-ink-2">{t('sync.groups.intro')}</p>
      {account.groups.length === 0 && <p className="text-sm text-muted">{t('sync.groups.none')}</p>}
      {account.groups.map((g) => (
        <GroupCard key={g.id} group={g} account={account} />
      ))}
      <form onSubmit={create} className="flex flex-wrap items-end gap-2">
        <label className="space-y-1 text-sm">
          <span className="block text-ink-2">{t('sync.groups.newLabel')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('sync.groups.newPlaceholder')}
            className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
          />
        </label>
        <Button type="submit" disabled={name.trim() === ''}>
          {t('sync.groups.create')}
        </Button>
      </form>
      <ErrorLine error={error} />
    </section>
  );
}

function GroupCard({ group, account }: { group: SyncGroup; account: SyncAccount }) {
  const t = useT();
  const owner = group.role === 'owner';
  const [memberName, setMemberName] = useState('');
  const [role, setRole] = useState<'writer' | 'reader'>('writer');
  const [invite, setInvite] = useState<{ link: string; expiresAt: string } | null>(null);
  const { error, run } = useSyncAction();
  const remove = (userId: string) =>
    run(() => syncApi.removeMember(account.serverUrl, account.token, group.id, userId));

  return (
    <article
      aria-label={t('sync.group.label', { name: group.name })}
      className="space-y-3 rounded-lg border border-line p-4"
    >
      <header className="flex items-baseline justify-between gap-3">
        <h3 className="font-semibold text-ink">{group.name}</h3>
        <span className="text-sm text-muted">{t('sync.group.yourRole', { role: group.role })}</span>
      </header>
      <ul className="space-y-1 text-sm">
        {group.members.map((m) => (
          <li key={m.id} className="flex items-center gap-2">
            <span className="flex-1 text-ink">
              {m.name}
              {m.id === account.userId && (
                <span className="text-muted"> {t('sync.group.you')}</span>
              )}
            </span>
            <span className="text-muted">{t('sync.group.role', { role: m.role })}</span>
            {owner && m.id !== account.userId && (
              <Button compact variant="ghost" onClick={() => void remove(m.id)}>
                {t('sync.group.remove', { name: m.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {owner ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            // The last link went to someone else: it goes until the new one is made.
            setInvite(null);
            void run(async () => {
              const made = await syncApi.inviteMember(
                account.serverUrl,
                account.token,
                group.id,
                memberName.trim(),
                role,
              );
              setInvite({
                link: inviteLink(window.location.origin, account.serverUrl, made.code),
                expiresAt: made.expiresAt,
              });
              setMemberName('');
            });
          }}
        >
          <label className="space-y-1 text-sm">
            <span className="block text-ink-2">{t('sync.group.inviteName')}</span>
            <input
              value={memberName}
              onChange={(e) => setMemberName(e.target.value)}
              className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
            />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block text-ink-2">{t('sync.group.inviteRole')}</span>
            <select
              value={role}
              onChange={(e) => setRole(e.target.value === 'reader' ? 'reader' : 'writer')}
              className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
            >
              <option value="writer">{t('sync.group.role', { role: 'writer' })}</option>
              <option value="reader">{t('sync.group.role', { role: 'reader' })}</option>
            </select>
          </label>
          <Button type="submit" disabled={memberName.trim() === ''}>
            {t('sync.group.makeLink')}
          </Button>
        </form>
      ) : (
        <Button compact onClick={() => void remove(account.userId)}>
          {t('sync.group.leave', { name: group.name })}
        </Button>
      )}
      {invite && (
        <CopyLink
          link={invite.link}
          expiresAt={invite.expiresAt}
          label={t('sync.group.linkHint')}
        />
      )}
      <ErrorLine error={error} />
    </article>
  );
}
