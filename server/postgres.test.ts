import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port';
import { personalDocName } from '../src/domain/sync/doc-names';
import { Store } from './store';
import { connect, startTestServer, type TestClient, type TestServer } from './test-clients';

/**
 * The server on PostgreSQL (`--database postgres://…`): the same store and the same sync,
 * against a throwaway cluster this test makes with Debian's PostgreSQL and stops afterwards.
 */

const BIN = ['/usr/lib/postgresql']
  .filter(existsSync)
  .flatMap((root) => readdirSync(root).map((v) => join(root, v, 'bin')))
  .find((dir) => existsSync(join(dir, 'initdb')));
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the `postgres` user when this process is root (it refuses root). */
function command(program: string, args: string[]): [string, string[]] {
  const path = join(BIN ?? '', program);
  return asRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
}

let cluster: ChildProcess | undefined;
let url = '';
const dir = mkdtempSync(join(tmpdir(), 'sidenote-pg-'));
const opened: (TestServer | TestClient)[] = [];

beforeAll(async () => {
  if (!BIN) {
    throw new Error('PostgreSQL not found: install it with "sudo apt-get install -y postgresql".');
  }
  const data = join(dir, 'data');
  if (asRoot) chownSync(dir, Number(spawnSync('id', ['-u', 'postgres']).stdout), 0);
  const [initdb, initArgs] = command('initdb', [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'sidenote',
    '--no-sync',
  ]);
  const init = spawnSync(initdb, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const [postgres, args] = command('postgres', [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
  ]);
  // Its own process group: runuser does not pass signals on, so the group is signalled.
  cluster = spawn(postgres, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('PostgreSQL did not start')), 20_000);
    cluster?.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'sidenote', database: 'postgres' });
  await admin.connect();
  await admin.query('create database sidenote');
  await admin.end();
  url = `postgres://sidenote@127.0.0.1:${port}/sidenote`;
}, 60_000);

afterAll(async () => {
  for (const x of opened.splice(0).reverse()) {
    if ('destroy' in x) x.destroy();
    else await x.close();
  }
  if (cluster && cluster.exitCode === null) {
    await new Promise<void>((resolve) => {
      cluster?.once('exit', () => resolve());
      if (cluster?.pid) process.kill(-cluster.pid, 'SIGINT');
    });
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the store on PostgreSQL', () => {
  it('keeps members, groups, single-use invites and document logs like SQLite does', async () => {
    const store = await Store.open(join(dir, 'unused'), url);
    try {
      const anna = await store.ensureUser('Anna');
      expect(await store.ensureUser('anna')).toEqual(anna);
      await expect(store.createUser('ANNA')).rejects.toThrow('taken');
      const group = await store.createGroup('Seminar', anna.id);
      expect(await store.membershipsOf(anna.id)).toEqual([{ groupId: group.id, role: 'owner' }]);
      const { code } = await store.createInvite(
        { kind: 'group', userId: null, groupId: group.id, role: 'reader', name: 'Ben' },
        anna.id,
      );
      expect(await store.useInvite(code)).toBe(true);
      expect(await store.useInvite(code)).toBe(false);
      await store.appendUpdate('u/x', new Uint8Array([1, 2, 3]));
      await store.appendUpdate('u/x', new Uint8Array([4]));
      const rows = await store.updatesOf('u/x');
      expect(rows.map((r) => [...r.data])).toEqual([[1, 2, 3], [4]]);
      await store.compact('u/x', rows[1]?.seq ?? 0, new Uint8Array([9]));
      expect((await store.updatesOf('u/x')).map((r) => [...r.data])).toEqual([[9]]);
    } finally {
      await store.close();
    }
  });

  it('outlives its idle connections being ended by the database, and goes on', async () => {
    const store = await Store.open(join(dir, 'unused'), url);
    try {
      await store.ensureUser('Dora'); // a connection is opened, then left idle in the pool
      const admin = new pg.Client({ connectionString: url.replace(/\/sidenote$/, '/postgres') });
      await admin.connect();
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = 'sidenote' and pid <> pg_backend_pid()`,
      );
      await admin.end();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the ended connection reports
      expect((await store.ensureUser('Dora')).name).toBe('Dora');
    } finally {
      await store.close();
    }
  });

  it('syncs two clients and keeps the document across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sidenote-pg-key-'));
    const first = await startTestServer({ dataDir, databaseUrl: url });
    const anna = await first.member('Carla');
    const name = personalDocName(anna.id);
    const a = connect(first.port, name, anna.token);
    const b = connect(first.port, name, anna.token);
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('note').insert(0, 'in PostgreSQL');
    await expect.poll(() => b.doc.getText('note').toString()).toBe('in PostgreSQL');
    a.destroy();
    b.destroy();
    await first.close();

    const second = await startTestServer({ dataDir, databaseUrl: url });
    opened.push(second);
    const c = connect(second.port, name, anna.token);
    opened.push(c);
    await c.synced;
    expect(c.doc.getText('note').toString()).toBe('in PostgreSQL');
    rmSync(dataDir, { recursive: true, force: true });
  });
});
