import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../database';
import { getSyncAccount } from '../sync/account';
import type { MemberHighlight, SyncAccount } from '../sync/records';

/** This device's sync sign-in: null when sync is off, undefined while it is being read. */
export function useSyncAccount(): SyncAccount | null | undefined {
  return useLiveQuery(() => getSyncAccount(getDb()), []);
}

/** What other members of this person's groups share on one article (one copy per highlight). */
export function useMemberHighlights(articleId: string | undefined): MemberHighlight[] | undefined {
  return useLiveQuery(async () => {
    if (articleId === undefined) return [];
    const rows = await getDb().memberHighlights.where('articleId').equals(articleId).toArray();
    const byId = new Map(rows.map((h) => [h.id, h]));
    return [...byId.values()];
  }, [articleId]);
}

/** Every highlight other members share, across articles. */
export function useAllMemberHighlights(): MemberHighlight[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().memberHighlights.toArray();
    return [...new Map(rows.map((h) => [h.id, h])).values()];
  }, []);
}

/** Group members' names by user id, from this device's sign-in (empty when sync is off). */
export function useMemberNames(): Map<string, string> {
  const account = useSyncAccount();
  const names = new Map<string, string>();
  account?.groups.forEach((g) => g.members.forEach((m) => names.set(m.id, m.name)));
  return names;
}
