import type { SyncRecord } from '@/domain/sync/doc-view';
import type { SidenoteDb } from '../database';
import type { MemberHighlight, MemberLink } from './records';

/**
 * What study groups share, on this device: other members' highlights and links (written only
 * by sync, read-only in the app), and the projection of this person's own records that they
 * share with their groups.
 */

export interface MemberChange {
  table: 'highlights' | 'links';
  key: string;
  record: SyncRecord | undefined;
}

/** Saves what one author's group document holds now for the keys that changed. */
export async function applyMemberChanges(
  db: SidenoteDb,
  groupId: string,
  authorId: string,
  changes: readonly MemberChange[],
): Promise<void> {
  if (changes.length === 0) return;
  await db.transaction('rw', db.memberHighlights, db.memberLinks, async () => {
    const highlights = changes.filter((c) => c.table === 'highlights');
    const links = changes.filter((c) => c.table === 'links');
    await db.memberHighlights.bulkPut(
      highlights.flatMap((c) =>
        c.record ? [{ ...(c.record as unknown as MemberHighlight), groupId, authorId }] : [],
      ),
    );
    await db.memberHighlights.bulkDelete(
      highlights.filter((c) => !c.record).map((c): [string, string] => [groupId, c.key]),
    );
    await db.memberLinks.bulkPut(
      links.flatMap((c) =>
        c.record ? [{ ...(c.record as unknown as MemberLink), groupId, authorId }] : [],
      ),
    );
    await db.memberLinks.bulkDelete(
      links.filter((c) => !c.record).map((c): [string, string] => [groupId, c.key]),
    );
  });
}

/** Replaces everything one author shares with a group (after a full sync of their document). */
export async function replaceMemberRecords(
  db: SidenoteDb,
  groupId: string,
  authorId: string,
  highlights: readonly SyncRecord[],
  links: readonly SyncRecord[],
): Promise<void> {
  await db.transaction('rw', db.memberHighlights, db.memberLinks, async () => {
    await db.memberHighlights
      .where('groupId')
      .equals(groupId)
      .filter((h) => h.authorId === authorId)
      .delete();
    await db.memberLinks
      .where('groupId')
      .equals(groupId)
      .filter((l) => l.authorId === authorId)
      .delete();
    await db.memberHighlights.bulkPut(
      highlights.map((h) => ({ ...(h as unknown as MemberHighlight), groupId, authorId })),
    );
    await db.memberLinks.bulkPut(
      links.map((l) => ({ ...(l as unknown as MemberLink), groupId, authorId })),
    );
  });
}

/** Forgets what a group shared (leaving it, or removed from it); `keep` authors stay. */
export async function forgetGroup(
  db: SidenoteDb,
  groupId: string,
  keep: readonly string[] = [],
): Promise<void> {
  await db.transaction('rw', db.memberHighlights, db.memberLinks, async () => {
    await db.memberHighlights
      .where('groupId')
      .equals(groupId)
      .filter((h) => !keep.includes(h.authorId))
      .delete();
    await db.memberLinks
      .where('groupId')
      .equals(groupId)
      .filter((l) => !keep.includes(l.authorId))
      .delete();
  });
}

/** Forgets every group's shared records except those of `groupIds`. */
export async function forgetOtherGroups(
  db: SidenoteDb,
  groupIds: readonly string[],
): Promise<void> {
  await db.transaction('rw', db.memberHighlights, db.memberLinks, async () => {
    await db.memberHighlights.filter((h) => !groupIds.includes(h.groupId)).delete();
    await db.memberLinks.filter((l) => !groupIds.includes(l.groupId)).delete();
  });
}

/** This person's highlights (tags by name) and links, as they share them with a group. */
export async function sharedProjection(
  db: SidenoteDb,
): Promise<{ highlights: SyncRecord[]; links: SyncRecord[] }> {
  return db.transaction('r', db.highlights, db.tags, db.links, async () => {
    const [highlights, tags, links] = await Promise.all([
      db.highlights.toArray(),
      db.tags.toArray(),
      db.links.toArray(),
    ]);
    const names = new Map(tags.map((t) => [t.id, t.name]));
    return {
      highlights: highlights.map(({ tags: tagIds, ...h }) => ({
        ...h,
        tagNames: tagIds.flatMap((id) => names.get(id) ?? []),
      })),
      links: links.map((l) => ({ ...l })),
    };
  });
}
