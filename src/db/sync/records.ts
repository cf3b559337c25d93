import type { GroupRole } from '@/domain/sync/doc-names';
import type { Highlight, HighlightLink } from '@/domain/annotations/types';

/** A group this device's member belongs to, as the server last described it. */
export interface SyncGroup {
  id: string;
  name: string;
  role: GroupRole;
  members: { id: string; name: string; role: GroupRole }[];
}

export interface SyncDevice {
  id: string;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
}

/** This device's sign-in to a sync server (kept in `meta` under `syncAccount`). */
export interface SyncAccount {
  /** `ws://…` or `wss://…`. */
  serverUrl: string;
  token: string;
  userId: string;
  userName: string;
  deviceId: string;
  joinedAt: string;
  groups: SyncGroup[];
  devices: SyncDevice[];
}

/** One saved Yjs update of a synced document (its agreed state is the sum of its rows). */
export interface SyncUpdateRow {
  seq?: number;
  doc: string;
  data: Uint8Array;
}

/** A highlight another member shares with a group: read-only on this device. */
export interface MemberHighlight extends Omit<Highlight, 'tags'> {
  groupId: string;
  authorId: string;
  tagNames: string[];
}

/** A link another member shares with a group. */
export interface MemberLink extends HighlightLink {
  groupId: string;
  authorId: string;
}
