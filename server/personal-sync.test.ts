import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import Dexie from 'dexie';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  addUserArticle,
  createHighlight,
  createLink,
  createTag,
  getArticleState,
  getHighlight,
  listColors,
  listTags,
  renameColor,
  setArticleNote,
  setArticleTags,
  updateHighlight,
  type SidenoteDb,
} from '@/db';
import { openDatabase } from '@/db/database';
import { getReviewState, saveReview } from '@/db/reviews-repo';
import { target, uniqueDbName } from '@/db/test-utils';
import { PersonalSync } from '@/features/sync/personal-sync';
import { createLogger, type LogLine } from './log';
import { createSyncServer, type SyncServer } from './sync-server';
import { signDeviceToken } from './tokens';

/** Real server, real provider, real Dexie (fake-indexeddb): two devices of one person. */

interface Device {
  db: SidenoteDb;
  sync: PersonalSync;
  socket: HocuspocusProviderWebsocket;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startServer(
  dataDir: string,
  port = 0,
): Promise<{ server: SyncServer; log: LogLine[] }> {
  const log: LogLine[] = [];
  const server = await createSyncServer({ dataDir, port, log: createLogger((l) => log.push(l)) });
  return { server, log };
}

async function device(
  port: number,
  userId: string,
  token: string,
  refused: (reason: string) => void = () => {},
  dbName = uniqueDbName(),
): Promise<Device> {
  const db = openDatabase(dbName);
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}`,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    factor: 1,
    maxDelay: 300,
  });
  const sync = new PersonalSync(db, socket, userId, () => token, {
    refused,
    changed: () => {},
    failed: () => {},
  });
  await sync.start();
  cleanups.push(async () => {
    sync.stop();
    socket.destroy();
    db.close();
    await Dexie.delete(db.name);
  });
  return { db, sync, socket };
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function setUp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sidenote-sync-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const { server, log } = await startServer(dataDir);
  const port = await server.listen();
  let current = server;
  cleanups.push(() => current.destroy());
  const user = await server.store.ensureUser('Anna');
  const tokens = await Promise.all(
    ['Laptop', 'Phone'].map(async (name) =>
      signDeviceToken(server.secret, user.id, (await server.store.addDevice(user.id, name)).id),
    ),
  );
  return {
    dataDir,
    port,
    log,
    user,
    tokens,
    server: () => current,
    replace(next: SyncServer) {
      current = next;
    },
  };
}

describe('personal sync through a real server', () => {
  it('two devices of one person converge, and typing into one note on both keeps both', async () => {
    const env = await setUp();
    const laptop = await device(env.port, env.user.id, env.tokens[0] ?? '');
    const phone = await device(env.port, env.user.id, env.tokens[1] ?? '');

    const h = await createHighlight(laptop.db, {
      articleId: '000_x',
      target: target(0, 'Bündnis'),
      colorId: 'c1',
      note: 'Lawrow sagte',
    });
    await until(
      () => getHighlight(phone.db, h.id),
      (x) => x?.note === 'Lawrow sagte',
    );

    await Promise.all([
      updateHighlight(laptop.db, h.id, { note: 'Lawrow sagte am Dienstag' }),
      updateHighlight(phone.db, h.id, { note: 'Laut RT: Lawrow sagte' }),
    ]);
    const want = 'Laut RT: Lawrow sagte am Dienstag';
    await until(
      () => getHighlight(laptop.db, h.id),
      (x) => x?.note === want,
    );
    await until(
      () => getHighlight(phone.db, h.id),
      (x) => x?.note === want,
    );
  });

  it('everything a person writes reaches their other device, and a device joining keeps its own', async () => {
    const env = await setUp();
    const laptop = await device(env.port, env.user.id, env.tokens[0] ?? '');
    const tag = await createTag(laptop.db, 'Quelle: RT');
    const a = await createHighlight(laptop.db, {
      articleId: '000_x',
      target: target(0, 'Bündnis'),
      colorId: 'c1',
      tags: [tag.id],
    });
    const b = await createHighlight(laptop.db, {
      articleId: '001_y',
      target: target(5, 'Kiew'),
      colorId: 'c2',
    });
    await createLink(laptop.db, { fromId: a.id, toId: b.id, relation: 'contradicts' });
    await renameColor(laptop.db, 'key-claim', 'Kernaussage');
    await setArticleNote(laptop.db, '000_x', 'Wie rahmt die WSWS das?');
    await setArticleTags(laptop.db, '000_x', [tag.id]);
    await saveReview(laptop.db, {
      highlightId: a.id,
      due: '2027-01-01T00:00:00.000Z',
      stability: 3,
      difficulty: 5,
      reps: 1,
      lapses: 0,
      state: 2,
    });
    const own = await addUserArticle(laptop.db, {
      fileName: 'notiz.txt',
      raw: 'Mein eigener Text.',
    });

    // The phone had a note of its own on that article before it joined: both stay.
    const phoneDb = openDatabase(uniqueDbName());
    await setArticleNote(phoneDb, '000_x', 'Notiz vom Telefon');
    phoneDb.close();
    const phone = await device(env.port, env.user.id, env.tokens[1] ?? '', () => {}, phoneDb.name);

    await until(
      () => getArticleState(phone.db, '000_x'),
      (s) => s.note.includes('Wie rahmt die WSWS das?') && s.note.includes('Notiz vom Telefon'),
    );
    expect((await getArticleState(phone.db, '000_x')).tags).toEqual([tag.id]);
    expect((await listColors(phone.db)).find((c) => c.id === 'key-claim')?.label).toBe(
      'Kernaussage',
    );
    expect((await listTags(phone.db)).map((t) => t.name)).toEqual(['Quelle: RT']);
    expect((await getHighlight(phone.db, a.id))?.tags).toEqual([tag.id]);
    await until(
      async () => phone.db.links.count(),
      (n) => n === 1,
    );
    expect((await getReviewState(phone.db, a.id))?.stability).toBe(3);
    expect((await phone.db.userArticles.get(own.id))?.raw).toBe('Mein eigener Text.');
    // The phone's own defaults did not overwrite the laptop's colour meaning.
    await until(
      async () => (await listColors(laptop.db)).find((c) => c.id === 'key-claim')?.label,
      (l) => l === 'Kernaussage',
    );
  });

  it('a server killed and started again loses nothing it confirmed', async () => {
    const env = await setUp();
    const laptop = await device(env.port, env.user.id, env.tokens[0] ?? '');
    const h = await createHighlight(laptop.db, {
      articleId: '000_x',
      target: target(0, 'Bündnis'),
      colorId: 'c2',
      note: 'vor dem Neustart',
    });
    await until(
      async () => laptop.sync.waiting.size,
      (n) => n === 0 && !laptop.sync.busy,
    );
    // Kill without a flush (no destroy), as a crash would; the update log is already on disk.
    env.server().server.httpServer.closeAllConnections();
    env.server().server.httpServer.close();
    env.server().server.webSocketServer.close();
    await env.server().store.close();
    const { server: restarted } = await startServer(env.dataDir, env.port);
    await restarted.listen();
    env.replace(restarted);

    const phone = await device(env.port, env.user.id, env.tokens[1] ?? '');
    await until(
      () => getHighlight(phone.db, h.id),
      (x) => x?.note === 'vor dem Neustart',
    );
  });

  it('refuses a device whose token is for another person’s document', async () => {
    const env = await setUp();
    const other = await env.server().store.ensureUser('Ben');
    const reasons: string[] = [];
    await device(env.port, other.id, env.tokens[0] ?? '', (reason) => reasons.push(reason));
    await until(
      async () => reasons,
      (r) => r.length > 0,
    );
    expect(reasons).toEqual(['not-yours']);
    expect(env.log.some((l) => l.event === 'refused' && l.fields.reason === 'not-yours')).toBe(
      true,
    );
  });
});
