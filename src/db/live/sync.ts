import { getSyncAccount } from '../sync/account';
import type { MemberHighlight, SyncAccount } from '../sync/records';
import { useLive } from './use-live';

/** This device's sync sign-in: null when sync is off, undefined while it is being read. */
export function useSyncAccount(): SyncAccount | null | undefined {
  return useLive(
    (db) => getSyncAccount(db),
    [],
    () => null,
  );
}

/** What other members of this person's groups share on one article (one copy per highlight). */
export function useMemberHighlights(articleId: string | undefined): MemberHighlight[] | undefined {
  return useLive(
    async (db) => {
      if (articleId === undefined) return [];
      const rows = await db.memberHighlights.where('articleId').equals(articleId).toArray();
      const byId = new Map(rows.map((h) => [h.id, h]));
      return [...byId.values()];
    },
    [articleId],
    () => [],
  );
}

/** Every highlight other members share, across articles. */
export function useAllMemberHighlights(): MemberHighlight[] | undefined {
  return useLive(
    async (db) => {
      const rows = await db.memberHighlights.toArray();
      return [...new Map(rows.map((h) => [h.id, h])).values()];
    },
    [],
    () => [],
  );
}

/** Group members' names by user id, from this device's sign-in (empty when sync is off). */
export function useMemberNames(): Map<string, string> {
  const account = useSyncAccount();
  const names = new Map<string, string>();
  account?.groups.forEach((g) => g.members.forEach((m) => names.set(m.id, m.name)));
  return names;
}
