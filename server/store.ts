import Database from 'better-sqlite3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GroupRole, Membership } from '../src/domain/sync/doc-names.ts';

/**
 * The server's own database (SQLite through better-sqlite3, in `<data>/sidenote.db`): who the
 * members are, their devices, groups and invites, and every Yjs document as a log of updates.
 * Writes are synchronous and committed before the server answers, so a crash loses nothing it
 * acknowledged.
 */

export interface User {
  id: string;
  name: string;
}
export interface Device {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}
export interface Group {
  id: string;
  name: string;
  ownerId: string;
}
export interface Member extends User {
  role: GroupRole;
}
export interface Invite {
  kind: 'device' | 'group';
  userId: string | null;
  groupId: string | null;
  role: GroupRole | null;
  name: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

const SCHEMA = `
create table if not exists users (id text primary key, name text not null unique collate nocase, created_at text not null);
create table if not exists devices (id text primary key, user_id text not null references users(id), name text not null,
  created_at text not null, last_seen_at text, revoked_at text);
create table if not exists groups (id text primary key, name text not null unique collate nocase, owner_id text not null references users(id), created_at text not null);
create table if not exists members (group_id text not null references groups(id), user_id text not null references users(id),
  role text not null check (role in ('owner','writer','reader')), added_at text not null, primary key (group_id, user_id));
create table if not exists invites (code_hash text primary key, kind text not null check (kind in ('device','group')),
  user_id text references users(id), group_id text references groups(id), role text, name text, created_by text,
  created_at text not null, expires_at text not null, used_at text, revoked_at text);
create table if not exists updates (seq integer primary key autoincrement, doc text not null, data blob not null);
create index if not exists updates_by_doc on updates (doc, seq);
`;

const now = () => new Date().toISOString();
const newId = () => randomUUID();
const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

export const INVITE_DAYS = 7;

export class Store {
  readonly db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.db = new Database(join(dataDir, 'sidenote.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SCHEMA);
  }

  close(): void {
    this.db.close();
  }

  // ── people and devices ──────────────────────────────────────────────────────────────────

  userByName(name: string): User | undefined {
    return this.db.prepare('select id, name from users where name = ?').get(name) as
      User | undefined;
  }

  user(id: string): User | undefined {
    return this.db.prepare('select id, name from users where id = ?').get(id) as User | undefined;
  }

  /** The member called `name`, created on first use. */
  ensureUser(name: string): User {
    const existing = this.userByName(name);
    if (existing) return existing;
    const user = { id: newId(), name };
    this.db
      .prepare('insert into users (id, name, created_at) values (?, ?, ?)')
      .run(user.id, name, now());
    return user;
  }

  /** A new member; throws when the name is taken. */
  createUser(name: string): User {
    if (this.userByName(name))
      throw new StoreError('name-taken', `The name “${name}” is taken on this server.`);
    return this.ensureUser(name);
  }

  addDevice(userId: string, name: string): Device {
    const device: Device = {
      id: newId(),
      userId,
      name,
      createdAt: now(),
      lastSeenAt: null,
      revokedAt: null,
    };
    this.db
      .prepare('insert into devices (id, user_id, name, created_at) values (?, ?, ?, ?)')
      .run(device.id, userId, name, device.createdAt);
    return device;
  }

  device(id: string): Device | undefined {
    return this.db
      .prepare(
        `select id, user_id as userId, name, created_at as createdAt, last_seen_at as lastSeenAt,
          revoked_at as revokedAt from devices where id = ?`,
      )
      .get(id) as Device | undefined;
  }

  devicesOf(userId: string): Device[] {
    return this.db
      .prepare(
        `select id, user_id as userId, name, created_at as createdAt, last_seen_at as lastSeenAt,
          revoked_at as revokedAt from devices where user_id = ? order by created_at`,
      )
      .all(userId) as Device[];
  }

  touchDevice(id: string): void {
    this.db.prepare('update devices set last_seen_at = ? where id = ?').run(now(), id);
  }

  revokeDevice(id: string): void {
    this.db
      .prepare('update devices set revoked_at = coalesce(revoked_at, ?) where id = ?')
      .run(now(), id);
  }

  // ── groups ──────────────────────────────────────────────────────────────────────────────

  groupByName(name: string): Group | undefined {
    return this.db
      .prepare('select id, name, owner_id as ownerId from groups where name = ?')
      .get(name) as Group | undefined;
  }

  group(id: string): Group | undefined {
    return this.db
      .prepare('select id, name, owner_id as ownerId from groups where id = ?')
      .get(id) as Group | undefined;
  }

  createGroup(name: string, ownerId: string): Group {
    if (this.groupByName(name))
      throw new StoreError('name-taken', `A group called “${name}” exists.`);
    const group = { id: newId(), name, ownerId };
    const tx = this.db.transaction(() => {
      this.db
        .prepare('insert into groups (id, name, owner_id, created_at) values (?, ?, ?, ?)')
        .run(group.id, name, ownerId, now());
      this.setRole(group.id, ownerId, 'owner');
    });
    tx();
    return group;
  }

  setRole(groupId: string, userId: string, role: GroupRole): void {
    this.db
      .prepare(
        `insert into members (group_id, user_id, role, added_at) values (?, ?, ?, ?)
         on conflict (group_id, user_id) do update set role = excluded.role`,
      )
      .run(groupId, userId, role, now());
  }

  removeMember(groupId: string, userId: string): void {
    this.db.prepare('delete from members where group_id = ? and user_id = ?').run(groupId, userId);
  }

  membershipsOf(userId: string): Membership[] {
    return this.db
      .prepare('select group_id as groupId, role from members where user_id = ?')
      .all(userId) as Membership[];
  }

  membersOf(groupId: string): Member[] {
    return this.db
      .prepare(
        `select u.id, u.name, m.role from members m join users u on u.id = m.user_id
         where m.group_id = ? order by u.name`,
      )
      .all(groupId) as Member[];
  }

  // ── invites ─────────────────────────────────────────────────────────────────────────────

  /** A one-time invite code (only its hash is kept). */
  createInvite(
    invite: Pick<Invite, 'kind' | 'userId' | 'groupId' | 'role' | 'name'>,
    createdBy: string | null,
  ): { code: string; expiresAt: string } {
    const code = randomBytes(18).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString();
    this.db
      .prepare(
        `insert into invites (code_hash, kind, user_id, group_id, role, name, created_by, created_at, expires_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        hashCode(code),
        invite.kind,
        invite.userId,
        invite.groupId,
        invite.role,
        invite.name,
        createdBy,
        now(),
        expiresAt,
      );
    return { code, expiresAt };
  }

  invite(code: string): Invite | undefined {
    return this.db
      .prepare(
        `select kind, user_id as userId, group_id as groupId, role, name, created_at as createdAt,
          expires_at as expiresAt, used_at as usedAt, revoked_at as revokedAt from invites where code_hash = ?`,
      )
      .get(hashCode(code)) as Invite | undefined;
  }

  /** Marks an unused invite used; false when it was used (or revoked) meanwhile. */
  useInvite(code: string): boolean {
    const result = this.db
      .prepare(
        'update invites set used_at = ? where code_hash = ? and used_at is null and revoked_at is null',
      )
      .run(now(), hashCode(code));
    return result.changes === 1;
  }

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ── documents ───────────────────────────────────────────────────────────────────────────

  appendUpdate(doc: string, update: Uint8Array): void {
    this.db.prepare('insert into updates (doc, data) values (?, ?)').run(doc, Buffer.from(update));
  }

  updatesOf(doc: string): { seq: number; data: Uint8Array }[] {
    return this.db.prepare('select seq, data from updates where doc = ? order by seq').all(doc) as {
      seq: number;
      data: Uint8Array;
    }[];
  }

  /** Replaces the updates up to `uptoSeq` with one merged `state` (a compaction). */
  compact(doc: string, uptoSeq: number, state: Uint8Array): void {
    this.transaction(() => {
      this.db.prepare('delete from updates where doc = ? and seq <= ?').run(doc, uptoSeq);
      this.db.prepare('insert into updates (doc, data) values (?, ?)').run(doc, Buffer.from(state));
    });
  }
}

export class StoreError extends Error {
  constructor(
    readonly code: 'name-taken',
    message: string,
  ) {
    super(message);
  }
}
