import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Generated } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/**
 * The server's database through Kysely: SQLite (better-sqlite3, `<data>/sidenote.db`) by
 * default, PostgreSQL when `--database postgres://…` is given. The same tables and queries run
 * on both; only the DDL differs where the two disagree (binary and auto-increment columns).
 */

export interface Tables {
  users: { id: string; name: string; name_key: string; created_at: string };
  devices: {
    id: string;
    user_id: string;
    name: string;
    created_at: string;
    last_seen_at: string | null;
    revoked_at: string | null;
  };
  groups: { id: string; name: string; name_key: string; owner_id: string; created_at: string };
  members: { group_id: string; user_id: string; role: string; added_at: string };
  invites: {
    code_hash: string;
    kind: string;
    user_id: string | null;
    group_id: string | null;
    role: string | null;
    name: string | null;
    created_by: string | null;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    revoked_at: string | null;
  };
  updates: { seq: Generated<number>; doc: string; data: Uint8Array };
}

export type Dialect = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Kysely<Tables>;
  dialect: Dialect;
}

export async function openDatabase(dataDir: string, databaseUrl?: string): Promise<OpenedDatabase> {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // An idle connection the database ends (a restart, an administrator, a network cut) is
    // reported here; unheard, it would end the whole server. The pool opens a new one for the
    // next query.
    pool.on('error', (error) =>
      console.warn(`PostgreSQL: an idle connection ended: ${error.message}`),
    );
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    await createTables(db, 'postgres');
    return { db, dialect: 'postgres' };
  }
  if (databaseUrl) throw new Error(`--database must be a postgres:// URL, not "${databaseUrl}".`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = new Database(join(dataDir, 'sidenote.db'));
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = NORMAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: file }) });
  await createTables(db, 'sqlite');
  return { db, dialect: 'sqlite' };
}

async function createTables(db: Kysely<Tables>, dialect: Dialect): Promise<void> {
  const blob = dialect === 'postgres' ? sql`bytea` : sql`blob`;
  const serial =
    dialect === 'postgres' ? sql`bigserial primary key` : sql`integer primary key autoincrement`;
  const statements = [
    sql`create table if not exists users (id text primary key, name text not null,
      name_key text not null unique, created_at text not null)`,
    sql`create table if not exists devices (id text primary key, user_id text not null references users(id),
      name text not null, created_at text not null, last_seen_at text, revoked_at text)`,
    sql`create table if not exists groups (id text primary key, name text not null, name_key text not null unique,
      owner_id text not null references users(id), created_at text not null)`,
    sql`create table if not exists members (group_id text not null references groups(id),
      user_id text not null references users(id), role text not null check (role in ('owner','writer','reader')),
      added_at text not null, primary key (group_id, user_id))`,
    sql`create table if not exists invites (code_hash text primary key, kind text not null check (kind in ('device','group')),
      user_id text references users(id), group_id text references groups(id), role text, name text, created_by text,
      created_at text not null, expires_at text not null, used_at text, revoked_at text)`,
    sql`create table if not exists updates (seq ${serial}, doc text not null, data ${blob} not null)`,
    sql`create index if not exists updates_by_doc on updates (doc, seq)`,
    sql`create index if not exists devices_by_user on devices (user_id)`,
    sql`create index if not exists members_by_user on members (user_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
