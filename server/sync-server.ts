import { Server, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { accessTo } from '../src/domain/sync/doc-names.ts';
import { handleApi } from './api.ts';
import { changesDocument, inspectMessage } from './guard.ts';
import type { Logger } from './log.ts';
import { staticApp } from './static-app.ts';
import { Store } from './store.ts';
import { TokenError, loadSecret, verifyDeviceToken } from './tokens.ts';

export interface SyncServerOptions {
  dataDir: string;
  port: number;
  host?: string;
  /** A built app to serve from the same origin (the folder `vite build` wrote). */
  appDir?: string;
  /** `redis://host:port` to share documents with other instances. */
  redisUrl?: string;
  /** Name of this instance among several (Redis). */
  instanceName?: string;
  /** `postgres://…` to keep everything in PostgreSQL instead of SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Largest message accepted from a client, in bytes. */
  maxMessageBytes?: number;
  log: Logger;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
/** Updates kept per document before they are merged into one on load. */
const COMPACT_AFTER = 200;

/** What the server knows about a connection once it is authenticated. */
export interface ConnectionContext {
  userId: string;
  deviceId: string;
  readOnly: boolean;
}

/** A refusal Hocuspocus passes to the client as the reason of `permission-denied`. */
class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface SyncServer {
  server: Server;
  store: Store;
  secret: Uint8Array;
  /** Resolves once listening; the port actually bound. */
  listen(): Promise<number>;
  /** Closes every connection of `userId` (to one group's documents, or all). */
  disconnect(userId: string, groupId?: string): void;
  /** Closes the connections of one device. */
  disconnectDevice(deviceId: string): void;
  /** Tells the group's connected members that its member list changed. */
  membersChanged(groupId: string): void;
  destroy(): Promise<void>;
}

export async function createSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { log } = options;
  const store = await Store.open(options.dataDir, options.databaseUrl);
  const secret = loadSecret(options.dataDir);
  const maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const serveApp = options.appDir ? staticApp(options.appDir) : undefined;

  const persistence: Extension = {
    extensionName: 'sidenote-store',
    async onLoadDocument({ document, documentName }) {
      const rows = await store.updatesOf(documentName);
      Y.transact(document, () => rows.forEach((row) => Y.applyUpdate(document, row.data)));
      const last = rows.at(-1);
      if (last && rows.length > COMPACT_AFTER) {
        await store.compact(documentName, last.seq, Y.encodeStateAsUpdate(document));
      }
    },
    // Each client's update is written in `beforeHandleMessage`, before Hocuspocus applies and
    // confirms it, so a killed server loses nothing it acknowledged. Updates relayed from another
    // instance (Redis) were written by the instance their client is on.
  };

  const guard: Extension = {
    extensionName: 'sidenote-access',
    async onAuthenticate({ token, documentName, connectionConfig }) {
      let claims;
      try {
        claims = await verifyDeviceToken(secret, token);
      } catch (err) {
        const problem = err instanceof TokenError ? err.problem : 'malformed';
        log.warn('refused', { doc: documentName, reason: `token-${problem}` });
        throw new Refusal(`token-${problem}`);
      }
      const device = await store.device(claims.deviceId);
      if (!device || device.userId !== claims.userId) {
        log.warn('refused', { doc: documentName, reason: 'unknown-device', user: claims.userId });
        throw new Refusal('unknown-device');
      }
      if (device.revokedAt) {
        log.warn('refused', { doc: documentName, reason: 'device-revoked', device: device.id });
        throw new Refusal('device-revoked');
      }
      const memberships = await store.membershipsOf(claims.userId);
      const access = accessTo(documentName, claims.userId, memberships);
      if (!access.allowed) {
        log.warn('refused', { doc: documentName, reason: access.reason, user: claims.userId });
        throw new Refusal(access.reason);
      }
      connectionConfig.readOnly = access.readOnly;
      await store.touchDevice(device.id);
      const context: ConnectionContext = {
        userId: claims.userId,
        deviceId: device.id,
        readOnly: access.readOnly,
      };
      return context;
    },
    async beforeHandleMessage({ connection, document, documentName, update: message }) {
      const context = connection.context as ConnectionContext;
      if (message.byteLength > maxBytes) {
        log.warn('refused', { doc: documentName, reason: 'too-large', bytes: message.byteLength });
        throw Object.assign(new Error('too large'), { code: 4413, reason: 'message-too-large' });
      }
      const verdict = inspectMessage(message);
      if (verdict.kind === 'malformed') {
        log.warn('refused', {
          doc: documentName,
          reason: 'malformed-update',
          detail: verdict.detail,
        });
        throw Object.assign(new Error('malformed'), { code: 4400, reason: 'malformed-update' });
      }
      if (verdict.kind !== 'update' || !changesDocument(document, verdict.update)) return;
      if (connection.readOnly) {
        // Hocuspocus itself drops the update; say so to the client and in the log.
        log.warn('refused', { doc: documentName, reason: 'read-only', user: context.userId });
        connection.sendStateless(JSON.stringify({ type: 'refused', reason: 'read-only' }));
        return;
      }
      // Write-ahead: on disk before it is applied and acknowledged.
      await store.appendUpdate(documentName, verdict.update);
    },
  };

  const extensions: Extension[] = [guard, persistence];
  if (options.redisUrl) {
    const url = new URL(options.redisUrl);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        identifier: options.instanceName ?? `sidenote-${process.pid}`,
        prefix: 'sidenote',
        // ioredis names itself with CLIENT SETINFO on connect; on the subscriber connection that
        // races the first SUBSCRIBE and Redis refuses it ("subscriber mode"), dropping relays.
        options: { disableClientInfo: true },
      }),
    );
  }

  const sync: { self?: SyncServer } = {};
  const server = new Server(
    {
      name: options.instanceName ?? 'sidenote',
      port: options.port,
      address: options.host ?? '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      extensions,
      async onRequest({
        request,
        response,
      }: {
        request: IncomingMessage;
        response: ServerResponse;
      }) {
        const handled =
          (await handleApi(request, response, { store, secret, log, sync: self() })) ||
          (serveApp ? await serveApp(request, response) : false);
        // Rejecting with nothing tells Hocuspocus the request was answered.
        if (handled) throw null;
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Sidenote sync server: no app is served here (start it with --app DIR).');
        throw null;
      },
    },
    { maxPayload: maxBytes + 1024 },
  );

  // ws closes a connection whose message passes maxPayload before any hook sees it: log it here.
  server.webSocketServer.on(
    'connection',
    (ws: { on(e: 'error', f: (err: Error) => void): void }) => {
      ws.on('error', (err) => {
        if (/max payload/i.test(err.message)) log.warn('refused', { reason: 'too-large' });
      });
    },
  );

  const closeWhere = (match: (context: ConnectionContext, documentName: string) => boolean) => {
    for (const document of server.hocuspocus.documents.values()) {
      document.getConnections().forEach((connection) => {
        const context = connection.context as ConnectionContext | undefined;
        if (context && match(context, document.name)) {
          connection.close({ code: 4403, reason: 'access-revoked' });
        }
      });
    }
  };

  const self = (): SyncServer => {
    if (!sync.self) throw new Error('sync server not ready');
    return sync.self;
  };
  sync.self = {
    server,
    store,
    secret,
    async listen() {
      // Not Hocuspocus's listen(): it passes the address under a name Node ignores, which
      // binds every interface. This binds only the host asked for (127.0.0.1 by default).
      const http = server.httpServer;
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen({ port: options.port, host: options.host ?? '127.0.0.1' }, () => {
          http.off('error', reject);
          resolve();
        });
      });
      const address = http.address();
      return typeof address === 'object' && address ? address.port : options.port;
    },
    disconnect(userId, groupId) {
      closeWhere(
        (context, name) =>
          context.userId === userId && (groupId === undefined || name.startsWith(`g/${groupId}/`)),
      );
    },
    disconnectDevice(deviceId) {
      closeWhere((context) => context.deviceId === deviceId);
    },
    membersChanged(groupId) {
      // Everyone connected to one of the group's documents asks for the member list again.
      for (const document of server.hocuspocus.documents.values()) {
        if (document.name.startsWith(`g/${groupId}/`)) {
          document.broadcastStateless(JSON.stringify({ type: 'members-changed' }));
        }
      }
    },
    async destroy() {
      await server.destroy();
      await store.close();
    },
  };
  return sync.self;
}
