/**
 * Names of the Yjs documents Sidenote syncs, shared by the app and the server. One document per
 * person (everything they write, on all their devices) and, for study groups, one per author per
 * group: what an author shares with that group. Who may open or write a document follows from its
 * name alone, so the server never has to read an update to enforce who edits what.
 */

export type DocName =
  { kind: 'personal'; userId: string } | { kind: 'group'; groupId: string; authorId: string };

/** Ids are server-made: letters, digits, `-` and `_`, 1–64 characters. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isSyncId(value: string): boolean {
  return ID.test(value);
}

export function personalDocName(userId: string): string {
  return `u/${userId}`;
}

export function groupDocName(groupId: string, authorId: string): string {
  return `g/${groupId}/${authorId}`;
}

/** The parts of a document name, or null for a name Sidenote never makes. */
export function parseDocName(name: string): DocName | null {
  const [kind, first = '', second = '', ...rest] = name.split('/');
  if (rest.length > 0) return null;
  if (kind === 'u' && second === '' && !name.endsWith('/') && isSyncId(first)) {
    return { kind: 'personal', userId: first };
  }
  if (kind === 'g' && isSyncId(first) && isSyncId(second)) {
    return { kind: 'group', groupId: first, authorId: second };
  }
  return null;
}

export type GroupRole = 'owner' | 'writer' | 'reader';

export interface Membership {
  groupId: string;
  role: GroupRole;
}

export type Access =
  | { allowed: true; readOnly: boolean }
  | { allowed: false; reason: 'unknown-document' | 'not-yours' | 'not-a-member' };

/**
 * What `userId` may do with the document called `name`, given their current memberships:
 * their own personal document read-write; a group document read-only, unless it is their own
 * and they may write in that group. Everything else is refused.
 */
export function accessTo(name: string, userId: string, memberships: readonly Membership[]): Access {
  const doc = parseDocName(name);
  if (!doc) return { allowed: false, reason: 'unknown-document' };
  if (doc.kind === 'personal') {
    return doc.userId === userId
      ? { allowed: true, readOnly: false }
      : { allowed: false, reason: 'not-yours' };
  }
  const membership = memberships.find((m) => m.groupId === doc.groupId);
  if (!membership) return { allowed: false, reason: 'not-a-member' };
  const mayWrite = doc.authorId === userId && membership.role !== 'reader';
  return { allowed: true, readOnly: !mayWrite };
}
