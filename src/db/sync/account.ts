import type { SidenoteDb } from '../database';
import { getMeta, setMeta } from '../meta-repo';
import { personalDocName } from '@/domain/sync/doc-names';
import type { SyncAccount } from './records';

/** This device's sync sign-in (null when sync is off). */
export async function getSyncAccount(db: SidenoteDb): Promise<SyncAccount | null> {
  return (await getMeta(db, 'syncAccount')) ?? null;
}

export async function saveSyncAccount(db: SidenoteDb, account: SyncAccount): Promise<void> {
  await setMeta(db, 'syncAccount', account);
}

/**
 * Turns sync off on this device: forgets the sign-in, the synced document's state and what
 * groups shared. Everything this person wrote stays here, as it was before sync.
 */
export async function leaveSync(db: SidenoteDb): Promise<void> {
  await db.transaction(
    'rw',
    db.meta,
    db.syncUpdates,
    db.memberHighlights,
    db.memberLinks,
    async () => {
      const account = await getSyncAccount(db);
      await db.meta.delete('syncAccount');
      if (account)
        await db.syncUpdates.where('doc').equals(personalDocName(account.userId)).delete();
      await db.memberHighlights.clear();
      await db.memberLinks.clear();
    },
  );
}
