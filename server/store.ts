import type { Kysely } from 'kysely';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { GroupRole, Membership } from '../src/domain/sync/doc-names.ts';
import { openDatabase, type Dialect, type Tables } from './database.ts';

/**
 * What the server keeps: who the members are, their devices, groups and invites, and every Yjs
 * document as a log of updates (written before the update is applied and confirmed, so a crash
 * loses nothing the server acknowledged). SQLite by default, PostgreSQL for a larger deployment
 * (`database.ts`); every method runs the same queries on both.
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

const now = () => new Date().toISOString();
const newId = () => randomUUID();
const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');
const key = (name: string) => name.trim().toLocaleLowerCase('de');

export const INVITE_DAYS = 7;

const DEVICE_COLUMNS = [
  'id',
  'user_id as userId',
  'name',
  'created_at as createdAt',
  'last_seen_at as lastSeenAt',
  'revoked_at as revokedAt',
] as const;

const INVITE_COLUMNS = [
  'kind',
  'user_id as userId',
  'group_id as groupId',
  'role',
  'name',
  'created_at as createdAt',
  'expires_at as expiresAt',
  'used_at as usedAt',
  'revoked_at as revokedAt',
] as const;

export class Store {
  private constructor(
    readonly db: Kysely<Tables>,
    readonly dialect: Dialect,
  ) {}

  /** The store of the server whose data is in `dataDir` (or at `databaseUrl`, PostgreSQL). */
  static async open(dataDir: string, databaseUrl?: string): Promise<Store> {
    const { db, dialect } = await openDatabase(dataDir, databaseUrl);
    return new Store(db, dialect);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Runs `fn` in one transaction: all of it is written, or none. */
  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    // Inside a transaction already (creating a group while inviting): join it.
    if (this.db.isTransaction) return fn(this);
    return this.db.transaction().execute((trx) => fn(new Store(trx, this.dialect)));
  }

  // ── people and devices ──────────────────────────────────────────────────────────────────

  async userByName(name: string): Promise<User | undefined> {
    return this.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('name_key', '=', key(name))
      .executeTakeFirst();
  }

  async user(id: string): Promise<User | undefined> {
    return this.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The member called `name`, created on first use. */
  async ensureUser(name: string): Promise<User> {
    const existing = await this.userByName(name);
    if (existing) return existing;
    const user = { id: newId(), name: name.trim() };
    await this.db
      .insertInto('users')
      .values({ ...user, name_key: key(name), created_at: now() })
      .execute();
    return user;
  }

  /** A new member; throws when the name is taken. */
  async createUser(name: string): Promise<User> {
    if (await this.userByName(name)) {
      throw new StoreError(
        'member-name-taken',
        name,
        `The name “${name}” is taken on this server.`,
      );
    }
    return this.ensureUser(name);
  }

  async addDevice(userId: string, name: string): Promise<Device> {
    const device: Device = {
      id: newId(),
      userId,
      name,
      createdAt: now(),
      lastSeenAt: null,
      revokedAt: null,
    };
    await this.db
      .insertInto('devices')
      .values({ id: device.id, user_id: userId, name, created_at: device.createdAt })
      .execute();
    return device;
  }

  async device(id: string): Promise<Device | undefined> {
    return this.db
      .selectFrom('devices')
      .select(DEVICE_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async devicesOf(userId: string): Promise<Device[]> {
    return this.db
      .selectFrom('devices')
      .select(DEVICE_COLUMNS)
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
  }

  async touchDevice(id: string): Promise<void> {
    await this.db
      .updateTable('devices')
      .set({ last_seen_at: now() })
      .where('id', '=', id)
      .execute();
  }

  async revokeDevice(id: string): Promise<void> {
    await this.db
      .updateTable('devices')
      .set({ revoked_at: now() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  // ── groups ──────────────────────────────────────────────────────────────────────────────

  async groupByName(name: string): Promise<Group | undefined> {
    return this.db
      .selectFrom('groups')
      .select(['id', 'name', 'owner_id as ownerId'])
      .where('name_key', '=', key(name))
      .executeTakeFirst();
  }

  async group(id: string): Promise<Group | undefined> {
    return this.db
      .selectFrom('groups')
      .select(['id', 'name', 'owner_id as ownerId'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async createGroup(name: string, ownerId: string): Promise<Group> {
    if (await this.groupByName(name)) {
      throw new StoreError('group-name-taken', name, `A group called “${name}” exists.`);
    }
    const group = { id: newId(), name: name.trim(), ownerId };
    await this.transaction(async (tx) => {
      await tx.db
        .insertInto('groups')
        .values({
          id: group.id,
          name: group.name,
          name_key: key(name),
          owner_id: ownerId,
          created_at: now(),
        })
        .execute();
      await tx.setRole(group.id, ownerId, 'owner');
    });
    return group;
  }

  async setRole(groupId: string, userId: string, role: GroupRole): Promise<void> {
    await this.db
      .insertInto('members')
      .values({ group_id: groupId, user_id: userId, role, added_at: now() })
      .onConflict((oc) => oc.columns(['group_id', 'user_id']).doUpdateSet({ role }))
      .execute();
  }

  async removeMember(groupId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('members')
      .where('group_id', '=', groupId)
      .where('user_id', '=', userId)
      .execute();
  }

  async membershipsOf(userId: string): Promise<Membership[]> {
    const rows = await this.db
      .selectFrom('members')
      .select(['group_id as groupId', 'role'])
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => ({ groupId: r.groupId, role: r.role as GroupRole }));
  }

  async membersOf(groupId: string): Promise<Member[]> {
    const rows = await this.db
      .selectFrom('members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['u.id', 'u.name', 'm.role'])
      .where('m.group_id', '=', groupId)
      .orderBy('u.name')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as GroupRole }));
  }

  // ── invites ─────────────────────────────────────────────────────────────────────────────

  /** A one-time invite code (only its hash is kept). */
  async createInvite(
    invite: Pick<Invite, 'kind' | 'userId' | 'groupId' | 'role' | 'name'>,
    createdBy: string | null,
  ): Promise<{ code: string; expiresAt: string }> {
    const code = randomBytes(18).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString();
    await this.db
      .insertInto('invites')
      .values({
        code_hash: hashCode(code),
        kind: invite.kind,
        user_id: invite.userId,
        group_id: invite.groupId,
        role: invite.role,
        name: invite.name,
        created_by: createdBy,
        created_at: now(),
        expires_at: expiresAt,
      })
      .execute();
    return { code, expiresAt };
  }

  async invite(code: string): Promise<Invite | undefined> {
    const row = await this.db
      .selectFrom('invites')
      .select(INVITE_COLUMNS)
      .where('code_hash', '=', hashCode(code))
      .executeTakeFirst();
    return row && { ...row, kind: row.kind as Invite['kind'], role: row.role as GroupRole | null };
  }

  /** Marks an unused invite used; false when it was used (or revoked) meanwhile. */
  async useInvite(code: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invites')
      .set({ used_at: now() })
      .where('code_hash', '=', hashCode(code))
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  // ── documents ───────────────────────────────────────────────────────────────────────────

  async appendUpdate(doc: string, update: Uint8Array): Promise<void> {
    await this.db
      .insertInto('updates')
      .values({ doc, data: Buffer.from(update) })
      .execute();
  }

  async updatesOf(doc: string): Promise<{ seq: number; data: Uint8Array }[]> {
    const rows = await this.db
      .selectFrom('updates')
      .select(['seq', 'data'])
      .where('doc', '=', doc)
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({ seq: Number(r.seq), data: new Uint8Array(r.data) }));
  }

  /** Replaces the updates up to `uptoSeq` with one merged `state` (a compaction). */
  async compact(doc: string, uptoSeq: number, state: Uint8Array): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.db
        .deleteFrom('updates')
        .where('doc', '=', doc)
        .where('seq', '<=', uptoSeq)
        .execute();
      await tx.appendUpdate(doc, state);
    });
  }
}

/** A name already in use: `code` says whose, `takenName` is the one asked for. */
export class StoreError extends Error {
  constructor(
    readonly code: 'member-name-taken' | 'group-name-taken',
    readonly takenName: string,
    message: string,
  ) {
    super(message);
  }
}
