import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port';
import { personalDocName } from '../src/domain/sync/doc-names';
import { connect, startTestServer, until, type TestClient, type TestServer } from './test-clients';
import { signDeviceToken } from './tokens';

/**
 * Scale-out: two server instances share their documents through Redis (the Hocuspocus Redis
 * extension) and one SQLite database; a client on each sees the other's edit. The test starts
 * Debian's redis-server on a free loopback port and stops it afterwards.
 */

const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(
  (p) => spawnSync(p, ['--version']).status === 0,
);

let redis: ChildProcess | undefined;
let redisPort = 0;
const dataDir = mkdtempSync(join(tmpdir(), 'sidenote-scale-'));
const opened: (TestServer | TestClient)[] = [];

beforeAll(async () => {
  if (!REDIS) {
    throw new Error(
      'redis-server not found: install it with "sudo apt-get install -y redis-server".',
    );
  }
  redisPort = await freePort();
  redis = spawn(
    REDIS,
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    redis?.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
});

afterAll(async () => {
  for (const x of opened.splice(0).reverse()) {
    if ('destroy' in x) x.destroy();
    else await x.close();
  }
  redis?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two instances behind Redis', () => {
  it('a client on each instance sees the other’s edit, both ways', async () => {
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const a = await startTestServer({ dataDir, redisUrl, instanceName: 'instance-a' });
    const b = await startTestServer({ dataDir, redisUrl, instanceName: 'instance-b' });
    opened.push(a, b);
    const user = await a.server.store.ensureUser('Anna');
    const tokenFor = async (s: TestServer) =>
      signDeviceToken(
        s.server.secret,
        user.id,
        (await s.server.store.addDevice(user.id, 'device')).id,
      );
    const name = personalDocName(user.id);
    const onA = connect(a.port, name, await tokenFor(a));
    const onB = connect(b.port, name, await tokenFor(b));
    opened.push(onA, onB);
    await Promise.all([onA.synced, onB.synced]);

    onA.doc.getText('note').insert(0, 'von A');
    await until(() => onB.doc.getText('note').toString().includes('von A'));
    onB.doc.getText('note').insert(0, 'von B, ');
    await until(() => onA.doc.getText('note').toString() === 'von B, von A');
    expect(onB.doc.getText('note').toString()).toBe('von B, von A');
  });
});
