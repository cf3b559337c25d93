import type { IncomingMessage, ServerResponse } from 'node:http';
import * as v from 'valibot';
import type { Logger } from './log.ts';
import { StoreError, type Store } from './store.ts';
import { TOKEN_DAYS, TokenError, signDeviceToken, verifyDeviceToken } from './tokens.ts';

/**
 * The server's small JSON API under `/api/`: joining with an invite, who am I (devices, groups,
 * members), device and group invites, revoking a device, removing a member. Every call but the
 * invite preview and join carries `Authorization: Bearer <device token>`. Group changes are the
 * owner's; a member may only remove themself.
 */

interface Sync {
  disconnect(userId: string, groupId?: string): void;
  disconnectDevice(deviceId: string): void;
  membersChanged(groupId: string): void;
}
interface Deps {
  store: Store;
  secret: Uint8Array;
  log: Logger;
  sync: Sync;
}

/**
 * A refused call: the status, a stable `code` the app translates for its reader, and the
 * server's own English sentence (for curl, logs and older apps). Both go on the wire.
 */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY = 64 * 1024;
const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'A name is needed.'), v.maxLength(80));
const Role = v.picklist(['writer', 'reader']);
const JoinBody = v.object({ code: v.string(), deviceName: Name, memberName: v.optional(Name) });
const GroupBody = v.object({ name: Name });
const GroupInviteBody = v.object({ name: Name, role: Role });

async function readJson<T>(req: IncomingMessage, schema: v.GenericSchema<unknown, T>): Promise<T> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'too-large', 'Request too large.');
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'not-json', 'The request is not JSON.');
  }
  const result = v.safeParse(schema, body);
  if (!result.success) {
    const issue = result.issues[0];
    const code =
      issue?.type === 'min_length'
        ? 'name-needed'
        : issue?.type === 'max_length'
          ? 'name-too-long'
          : 'invalid-request';
    throw new HttpError(400, code, issue?.message ?? 'Invalid request.');
  }
  return result.output;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

async function authenticate({ store, secret }: Deps, req: IncomingMessage) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    const claims = await verifyDeviceToken(secret, token);
    const device = await store.device(claims.deviceId);
    if (!device || device.userId !== claims.userId)
      throw new HttpError(401, 'unknown-device', 'This device is not known here.');
    if (device.revokedAt)
      throw new HttpError(401, 'device-revoked', 'This device was signed out of sync.');
    const user = await store.user(claims.userId);
    if (!user) throw new HttpError(401, 'unknown-member', 'This member is not known here.');
    return { user, device, claims };
  } catch (err) {
    if (err instanceof TokenError) {
      throw new HttpError(
        401,
        `token-${err.problem}`,
        err.problem === 'expired' ? 'The sign-in has expired.' : 'The sign-in is not valid.',
      );
    }
    throw err;
  }
}

async function invitePreview(store: Store, code: string) {
  const invite = await store.invite(code);
  if (!invite || invite.revokedAt)
    throw new HttpError(404, 'invite-unknown', 'This invite is not known to the server.');
  if (invite.usedAt)
    throw new HttpError(
      410,
      'invite-used',
      'This invite has been used already. Ask for a new one.',
    );
  if (Date.parse(invite.expiresAt) < Date.now())
    throw new HttpError(410, 'invite-expired', 'This invite has expired. Ask for a new one.');
  const group = invite.groupId ? await store.group(invite.groupId) : undefined;
  const member = invite.userId ? await store.user(invite.userId) : undefined;
  return {
    kind: invite.kind,
    memberName: member?.name ?? invite.name,
    groupName: group?.name ?? null,
    role: invite.role,
    expiresAt: invite.expiresAt,
    invite,
  };
}

async function describeMe(store: Store, userId: string, deviceId: string) {
  const user = await store.user(userId);
  if (!user) throw new HttpError(404, 'unknown-member', 'This member is not known here.');
  const groups = [];
  for (const m of await store.membershipsOf(userId)) {
    const group = await store.group(m.groupId);
    if (group) {
      groups.push({
        id: group.id,
        name: group.name,
        role: m.role,
        members: await store.membersOf(group.id),
      });
    }
  }
  const devices = (await store.devicesOf(userId)).filter((d) => !d.revokedAt);
  return { user, deviceId, devices, groups };
}

type Route = (
  deps: Deps,
  req: IncomingMessage,
  params: [string, string],
) => Promise<{ status?: number; body: unknown }>;

const routes: [string, RegExp, Route][] = [
  [
    'GET',
    /^\/api\/invites\/([\w-]+)$/,
    async ({ store }, _req, [code]) => {
      const { kind, memberName, groupName, role, expiresAt } = await invitePreview(store, code);
      return { body: { kind, memberName, groupName, role, expiresAt } };
    },
  ],
  [
    'POST',
    /^\/api\/join$/,
    async (deps, req) => {
      const { store, secret, log } = deps;
      const body = await readJson(req, JoinBody);
      const preview = await invitePreview(store, body.code);
      const signedIn = req.headers.authorization ? await authenticate(deps, req) : undefined;
      const result = await store.transaction(async (tx) => {
        if (!(await tx.useInvite(body.code)))
          throw new HttpError(410, 'invite-used', 'This invite has been used already.');
        const { invite } = preview;
        if (invite.kind === 'device') {
          const user = invite.userId ? await tx.user(invite.userId) : undefined;
          if (!user)
            throw new HttpError(
              410,
              'invite-member-gone',
              'The member this invite was for is gone.',
            );
          return { user, device: await tx.addDevice(user.id, body.deviceName) };
        }
        const groupId = invite.groupId;
        if (!groupId || !(await tx.group(groupId))) {
          throw new HttpError(410, 'invite-group-gone', 'The group this invite was for is gone.');
        }
        // A group invite: an existing member of this server joins with their account; a new
        // person becomes a member under the name they give (or the one the inviter wrote).
        const user =
          signedIn?.user ?? (await tx.createUser(body.memberName ?? invite.name ?? 'Member'));
        const current = (await tx.membershipsOf(user.id)).find((m) => m.groupId === groupId);
        const role = invite.role === 'reader' ? 'reader' : 'writer';
        if (current?.role !== 'owner') await tx.setRole(groupId, user.id, role);
        const device = signedIn?.device ?? (await tx.addDevice(user.id, body.deviceName));
        return { user, device };
      });
      log.info('joined', { user: result.user.id, device: result.device.id, kind: preview.kind });
      if (preview.invite.groupId) deps.sync.membersChanged(preview.invite.groupId);
      const token = await signDeviceToken(secret, result.user.id, result.device.id);
      return { body: { token, ...(await describeMe(store, result.user.id, result.device.id)) } };
    },
  ],
  [
    'GET',
    /^\/api\/me$/,
    async (deps, req) => {
      const { user, device } = await authenticate(deps, req);
      return { body: await describeMe(deps.store, user.id, device.id) };
    },
  ],
  [
    'POST',
    /^\/api\/token$/,
    async (deps, req) => {
      const { user, device } = await authenticate(deps, req);
      return {
        body: { token: await signDeviceToken(deps.secret, user.id, device.id), days: TOKEN_DAYS },
      };
    },
  ],
  [
    'POST',
    /^\/api\/devices\/invites$/,
    async (deps, req) => {
      const { user } = await authenticate(deps, req);
      const invite = await deps.store.createInvite(
        { kind: 'device', userId: user.id, groupId: null, role: null, name: null },
        user.id,
      );
      return { status: 201, body: invite };
    },
  ],
  [
    'DELETE',
    /^\/api\/devices\/([\w-]+)$/,
    async (deps, req, [id]) => {
      const { user } = await authenticate(deps, req);
      const device = await deps.store.device(id);
      if (!device || device.userId !== user.id)
        throw new HttpError(404, 'no-such-device', 'No such device.');
      await deps.store.revokeDevice(device.id);
      deps.sync.disconnectDevice(device.id);
      deps.log.info('device-revoked', { user: user.id, device: device.id });
      return { body: { ok: true } };
    },
  ],
  [
    'POST',
    /^\/api\/groups$/,
    async (deps, req) => {
      const { user } = await authenticate(deps, req);
      const { name } = await readJson(req, GroupBody);
      const group = await deps.store.createGroup(name, user.id);
      deps.log.info('group-created', { group: group.id, owner: user.id });
      return { status: 201, body: group };
    },
  ],
  [
    'POST',
    /^\/api\/groups\/([\w-]+)\/invites$/,
    async (deps, req, [groupId]) => {
      const { user } = await authenticate(deps, req);
      const group = await deps.store.group(groupId);
      if (!group || group.ownerId !== user.id)
        throw new HttpError(403, 'owner-only-invite', 'Only the group’s owner can invite.');
      const { name, role } = await readJson(req, GroupInviteBody);
      const invite = await deps.store.createInvite(
        { kind: 'group', userId: null, groupId: group.id, role, name },
        user.id,
      );
      return { status: 201, body: invite };
    },
  ],
  [
    'DELETE',
    /^\/api\/groups\/([\w-]+)\/members\/([\w-]+)$/,
    async (deps, req, [groupId, memberId]) => {
      const { user } = await authenticate(deps, req);
      const group = await deps.store.group(groupId);
      if (!group) throw new HttpError(404, 'no-such-group', 'No such group.');
      const self = memberId === user.id;
      if (!self && group.ownerId !== user.id)
        throw new HttpError(403, 'owner-only-remove', 'Only the group’s owner can remove members.');
      if (memberId === group.ownerId)
        throw new HttpError(409, 'owner-cannot-leave', 'The owner cannot leave their own group.');
      await deps.store.removeMember(group.id, memberId);
      deps.sync.disconnect(memberId, group.id);
      deps.sync.membersChanged(group.id);
      deps.log.info('member-removed', { group: group.id, member: memberId, by: user.id });
      return { body: { ok: true } };
    },
  ],
];

/** Answers `/api/…` requests; false for anything else. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  deps: Deps,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://server');
  if (!url.pathname.startsWith('/api/')) return false;
  // Bearer tokens, never cookies: any origin may call, and the token is what counts.
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'authorization, content-type');
  res.setHeader('access-control-allow-methods', 'GET, POST, DELETE');
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return true;
  }
  try {
    for (const [method, pattern, route] of routes) {
      const match = pattern.exec(url.pathname);
      if (match && req.method === method) {
        const params: [string, string] = [match[1] ?? '', match[2] ?? ''];
        const { status = 200, body } = await route(deps, req, params);
        send(res, status, body);
        return true;
      }
    }
    throw new HttpError(404, 'no-such-call', 'No such API call.');
  } catch (err) {
    if (err instanceof HttpError) send(res, err.status, { error: err.message, code: err.code });
    else if (err instanceof StoreError) {
      send(res, 409, { error: err.message, code: err.code, params: { name: err.takenName } });
    } else {
      deps.log.warn('api-error', {
        path: url.pathname,
        error: err instanceof Error ? err.message : String(err),
      });
      send(res, 500, { error: 'The server failed; see its log.', code: 'server-failed' });
    }
    return true;
  }
}
