/* global process, setTimeout, clearTimeout */
// The sync rows' (9–11) server and Node clients. The server is the app's own (`createSyncServer`,
// through bench/entries/sync-server.ts) in a process of its own on a free port of 127.0.0.1,
// with a temporary data folder the row fills first (members, devices, groups, invites, documents)
// through the server's own Store; it reports its memory every 250 ms. Node clients are raw
// HocuspocusProviders over `ws`, one WebSocket per device, as the app keeps one per device.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { APP_DIST, ROOT } from './build.mjs';
import { sleep, withTimeout } from './util.mjs';

/**
 * A fresh data folder and the server's Store on it (closed with `close()` before the server
 * starts). Works with the Store's synchronous methods and with its asynchronous ones alike.
 */
export async function prepareData(sync) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sidenote-bench-sync-'));
  const store =
    typeof sync.Store.open === 'function'
      ? await sync.Store.open(dataDir)
      : new sync.Store(dataDir);
  const secret = sync.loadSecret(dataDir);
  /** A member with `devices` devices: { id, tokens }. */
  const member = async (name, devices = 1) => {
    const user = await store.ensureUser(name);
    const tokens = [];
    for (let i = 0; i < devices; i++) {
      const device = await store.addDevice(user.id, `${name} ${i + 1}`);
      tokens.push(await sync.signDeviceToken(secret, user.id, device.id));
    }
    return { id: user.id, tokens };
  };
  /** A one-time device invite code for the member `userId`. */
  const invite = async (userId) => {
    const made = await store.createInvite(
      { kind: 'device', userId, groupId: null, role: null, name: null },
      null,
    );
    return made.code;
  };
  return {
    dataDir,
    store,
    member,
    invite,
    close: async () => {
      await store.close();
    },
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * Starts the server on `dataDir` (serving the built app unless `app: false`). Resolves to
 * { port, url, wsUrl, samples, gcSample(), stop() } once it listens.
 */
export async function startSyncServer(dataDir, { app = true } = {}) {
  const args = [
    '--expose-gc',
    '--import',
    'tsx',
    'bench/entries/sync-server.ts',
    '--data',
    dataDir,
  ];
  if (app) args.push('--app', APP_DIST);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const samples = [];
  const warnings = [];
  let output = '';
  let buffer = '';
  let onPort;
  let onGc;
  child.stderr.on('data', (d) => {
    output += d;
    warnings.push(...String(d).split('\n').filter(Boolean));
  });
  child.stdout.on('data', (d) => {
    buffer += d;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const text of lines) {
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        output += `${text}\n`;
        continue;
      }
      if (message.port) onPort?.(message.port);
      if (message.mem) {
        samples.push(message.mem);
        if (message.mem.afterGc) onGc?.(message.mem);
      }
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const port = await withTimeout(
    new Promise((resolve, reject) => {
      onPort = resolve;
      void exited.then((code) => reject(new Error(`sync server exited (${code}):\n${output}`)));
    }),
    30_000,
    'the sync server start',
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    samples,
    warnings,
    pid: child.pid,
    /** Collects garbage in the server and resolves to the memory sample taken right after. */
    gcSample: () =>
      withTimeout(
        new Promise((resolve) => {
          onGc = resolve;
          child.stdin.write('gc\n');
        }),
        10_000,
        'the server heap after GC',
      ),
    stop,
  };
}

/**
 * Fills a fresh data folder (`fill(data)`, through the server's Store), starts the server on it
 * and runs `use(server, filled)`; whatever happens, the server is stopped and the folder removed.
 */
export async function withSyncServer(sync, fill, use, options) {
  const data = await prepareData(sync);
  let closed = false;
  let server;
  try {
    const filled = await fill(data);
    await data.close();
    closed = true;
    server = await startSyncServer(data.dataDir, options);
    return await use(server, filled);
  } finally {
    if (!closed) await data.close().catch(() => undefined);
    await server?.stop();
    data.remove();
  }
}

/** The app's invite link for `code` on `server` (the app served by the server itself). */
export const inviteLink = (server, code) =>
  `${server.url}/sync?server=${encodeURIComponent(server.wsUrl)}&invite=${code}`;

/**
 * A device in Node: one WebSocket to the server, any number of documents on it (`open`).
 * Every open document resolves `synced` once the server's state is in.
 */
export function nodeDevice(port, token) {
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}`,
    WebSocketPolyfill: WebSocket,
  });
  const providers = [];
  return {
    open(name, doc = new Y.Doc()) {
      let synced;
      let refused;
      const ready = new Promise((resolve, reject) => {
        synced = resolve;
        refused = reject;
        setTimeout(() => reject(new Error(`${name} did not sync within 60 s`)), 60_000).unref();
      });
      ready.catch(() => undefined); // the caller awaits it; a late timeout is no crash
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name,
        document: doc,
        token,
        awareness: null,
        onSynced: ({ state }) => state && synced(),
        onAuthenticationFailed: ({ reason }) => refused(new Error(`${name} refused: ${reason}`)),
      });
      provider.attach();
      providers.push(provider);
      return { doc, provider, synced: ready };
    },
    /** True when every update written here was acknowledged by the server. */
    settled: () => providers.every((p) => p.unsyncedChanges === 0),
    destroy() {
      providers.forEach((p) => p.destroy());
      socket.destroy();
    },
  };
}

/** Waits until `ok()` holds, checking every `every` ms, for at most `timeout` ms; returns ok(). */
export async function waitFor(ok, timeout, every = 20) {
  const end = Date.now() + timeout;
  while (!ok()) {
    if (Date.now() > end) return false;
    await sleep(every);
  }
  return true;
}

/** Summary of the server's memory samples: at start, peak, last; in bytes. */
export function memorySummary(samples, from = 0) {
  const during = samples.filter((s) => s.t >= from);
  const max = (k) => Math.max(...during.map((s) => s[k]));
  return {
    samples: during.length,
    rssPeak: max('rss'),
    heapUsedPeak: max('heapUsed'),
    rssLast: during.at(-1)?.rss,
    heapUsedLast: during.at(-1)?.heapUsed,
  };
}

/**
 * Opens an invite link in `page` (a fresh profile), presses Join and, unless `wait` is false,
 * waits until the Sync page says it is up to date. Resolves when Join was clicked (or synced).
 */
export async function joinInBrowser(page, link, { wait = true, timeout = 60_000 } = {}) {
  await page.goto(link);
  const join = page.getByRole('button', { name: 'Join', exact: true });
  await join.waitFor({ timeout: 30_000 });
  await join.click();
  if (wait) await syncedIn(page, timeout);
}

/** Waits until the app in `page` says sync is up to date (the Sync link's dot). */
export async function syncedIn(page, timeout = 60_000) {
  await page.locator('[data-sync-state="synced"]').first().waitFor({ state: 'attached', timeout });
}

/** Highlight `seq` as a group share holds it (the app's GROUP_TABLES fields); `rnd`: util's prng. */
export function groupHighlight(seq, rnd) {
  const start = rnd.int(0, 20_000);
  const at = new Date(Date.UTC(2025, 0, 1) + seq * 1000).toISOString();
  return {
    id: `w${seq}`,
    articleId: `article-${rnd.int(0, 9)}`,
    target: {
      position: { type: 'TextPositionSelector', start, end: start + 40 },
      quote: {
        type: 'TextQuoteSelector',
        exact: `Zitat ${seq} `.repeat(4),
        prefix: 'vor ',
        suffix: ' nach',
      },
      textHash: 'ab'.repeat(32),
    },
    colorId: 'key-claim',
    note: rnd.chance(0.3) ? `Notiz ${seq}: ${'Wort '.repeat(rnd.int(1, 30))}` : '',
    tagNames: rnd.chance(0.3) ? ['Frieden'] : [],
    createdAt: at,
    updatedAt: at,
  };
}
