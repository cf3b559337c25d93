import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createLogger, type LogLine } from './log';
import { createSyncServer, type SyncServer, type SyncServerOptions } from './sync-server';
import { signDeviceToken } from './tokens';

/** Helpers for tests that talk to a real sync server in this process. */

export interface TestServer {
  server: SyncServer;
  port: number;
  dataDir: string;
  log: LogLine[];
  /** A member with one device, and that device's token. */
  member(name: string): Promise<{ id: string; token: string }>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: Partial<SyncServerOptions> = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sidenote-server-'));
  const log: LogLine[] = [];
  const server = await createSyncServer({
    dataDir,
    port: 0,
    log: createLogger((l) => log.push(l)),
    ...options,
  });
  const port = await server.listen();
  return {
    server,
    port,
    dataDir,
    log,
    async member(name) {
      const user = await server.store.ensureUser(name);
      const device = await server.store.addDevice(user.id, `${name}'s laptop`);
      return { id: user.id, token: await signDeviceToken(server.secret, user.id, device.id) };
    },
    async close() {
      await server.destroy();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  failures: string[];
  stateless: string[];
  scope?: string;
  synced: Promise<void>;
  /** Resolves when authentication failed (with the reason) or succeeded (with 'ok'). */
  authenticated: Promise<string>;
  socket: HocuspocusProviderWebsocket;
  destroy(): void;
}

export function connect(port: number, name: string, token: string): TestClient {
  const doc = new Y.Doc();
  const failures: string[] = [];
  const stateless: string[] = [];
  let resolveSynced: () => void = () => {};
  let resolveAuth: (v: string) => void = () => {};
  const synced = new Promise<void>((r) => (resolveSynced = r));
  const authenticated = new Promise<string>((r) => (resolveAuth = r));
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}`,
    WebSocketPolyfill: WebSocket,
  });
  const client: Partial<TestClient> = { doc, failures, stateless, synced, authenticated, socket };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    awareness: null,
    onSynced: ({ state }) => state && resolveSynced(),
    onAuthenticated: ({ scope }) => {
      client.scope = scope;
      resolveAuth('ok');
    },
    onAuthenticationFailed: ({ reason }) => {
      failures.push(reason);
      resolveAuth(reason);
    },
    onStateless: ({ payload }) => stateless.push(payload),
  });
  provider.attach();
  client.provider = provider;
  client.destroy = () => {
    provider.destroy();
    socket.destroy();
  };
  return client as TestClient;
}

/** A Hocuspocus sync message (`update` type) for `docName` carrying `payload` as the update. */
export function rawUpdateMessage(docName: string, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, 0); // Sync
  encoding.writeVarUint(encoder, 2); // y-protocols: update
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export async function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
