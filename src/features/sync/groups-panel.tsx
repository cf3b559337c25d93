import { useState, type FormEvent } from 'react';
import type { SyncAccount, SyncGroup } from '@/db/sync/records';
import { Button } from '@/shared/ui/button';
import { ErrorLine } from './error-line';
import { inviteLink, syncApi } from './api-client';
import { CopyLink } from './copy-link';
import { useSyncAction } from './use-sync-action';

const ROLE_LABEL = { owner: 'owner', writer: 'writer', reader: 'reader' } as const;

/** Study groups: create one, invite members as writer or reader, remove them, leave. */
export function GroupsPanel({ account }: { account: SyncAccount }) {
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
        Study groups
      </h2>
      <p className="text-sm text-ink-2">
        Members see each other’s highlights and notes with their names, on the articles they share.
        Everyone edits only their own; readers write nothing. The server enforces both.
      </p>
      {account.groups.length === 0 && (
        <p className="text-sm text-muted">You are in no group yet.</p>
      )}
      {account.groups.map((g) => (
        <GroupCard key={g.id} group={g} account={account} />
      ))}
      <form onSubmit={create} className="flex flex-wrap items-end gap-2">
        <label className="space-y-1 text-sm">
          <span className="block text-ink-2">New group</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="Seminar Osteuropa"
            className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
          />
        </label>
        <Button type="submit" disabled={name.trim() === ''}>
          Create group
        </Button>
      </form>
      <ErrorLine message={error} />
    </section>
  );
}

function GroupCard({ group, account }: { group: SyncGroup; account: SyncAccount }) {
  const owner = group.role === 'owner';
  const [memberName, setMemberName] = useState('');
  const [role, setRole] = useState<'writer' | 'reader'>('writer');
  const [link, setLink] = useState<string | null>(null);
  const { error, run } = useSyncAction();
  const remove = (userId: string) =>
    run(() => syncApi.removeMember(account.serverUrl, account.token, group.id, userId));

  return (
    <article
      aria-label={`Group ${group.name}`}
      className="space-y-3 rounded-lg border border-line p-4"
    >
      <header className="flex items-baseline justify-between gap-3">
        <h3 className="font-semibold text-ink">{group.name}</h3>
        <span className="text-sm text-muted">you: {ROLE_LABEL[group.role]}</span>
      </header>
      <ul className="space-y-1 text-sm">
        {group.members.map((m) => (
          <li key={m.id} className="flex items-center gap-2">
            <span className="flex-1 text-ink">
              {m.name}
              {m.id === account.userId && <span className="text-muted"> (you)</span>}
            </span>
            <span className="text-muted">{ROLE_LABEL[m.role]}</span>
            {owner && m.id !== account.userId && (
              <Button compact variant="ghost" onClick={() => void remove(m.id)}>
                Remove {m.name}
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
            void run(async () => {
              const invite = await syncApi.inviteMember(
                account.serverUrl,
                account.token,
                group.id,
                memberName.trim(),
                role,
              );
              setLink(inviteLink(window.location.origin, account.serverUrl, invite.code));
              setMemberName('');
            });
          }}
        >
          <label className="space-y-1 text-sm">
            <span className="block text-ink-2">Invite (name)</span>
            <input
              value={memberName}
              onChange={(e) => setMemberName(e.target.value)}
              className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
            />
          </label>
          <label className="space-y-1 text-sm">
            <span className="block text-ink-2">as</span>
            <select
              value={role}
              onChange={(e) => setRole(e.target.value === 'reader' ? 'reader' : 'writer')}
              className="rounded-md border border-line bg-surface px-2 py-1.5 text-ink"
            >
              <option value="writer">writer</option>
              <option value="reader">reader</option>
            </select>
          </label>
          <Button type="submit" disabled={memberName.trim() === ''}>
            Make invite link
          </Button>
        </form>
      ) : (
        <Button compact onClick={() => void remove(account.userId)}>
          Leave {group.name}
        </Button>
      )}
      {link && (
        <CopyLink
          link={link}
          label="Send this link to the new member (one person, within 7 days)."
        />
      )}
      <ErrorLine message={error} />
    </article>
  );
}
