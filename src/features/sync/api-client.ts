import type { SyncDevice, SyncGroup } from '@/db/sync/records';

/**
 * Calls to a sync server's JSON API (`/api/…` on the server's own address). Failures become
 * `SyncApiError`s whose message is the server's own sentence, or one that says the server
 * could not be reached.
 */

export class SyncApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface InvitePreview {
  kind: 'device' | 'group';
  memberName: string | null;
  groupName: string | null;
  role: 'writer' | 'reader' | null;
  expiresAt: string;
}

export interface Me {
  user: { id: string; name: string };
  deviceId: string;
  devices: SyncDevice[];
  groups: SyncGroup[];
}

/** `ws://host:port/path` → `http://host:port` (and wss → https). */
export function httpBase(serverUrl: string): string {
  const url = new URL(serverUrl);
  const protocol =
    url.protocol === 'wss:' ? 'https:' : url.protocol === 'ws:' ? 'http:' : url.protocol;
  return `${protocol}//${url.host}`;
}

/** A server address as people type it or links carry it, or null when it is not one. */
export function normalizeServerUrl(input: string): string | null {
  try {
    const url = new URL(input.trim());
    if (url.protocol === 'http:') url.protocol = 'ws:';
    if (url.protocol === 'https:') url.protocol = 'wss:';
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
    return `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
}

async function call<T>(
  serverUrl: string,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<T> {
  const { token, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(`${httpBase(serverUrl)}${path}`, {
      ...rest,
      headers: {
        ...(rest.body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
  } catch {
    throw new SyncApiError(
      `The sync server at ${httpBase(serverUrl)} cannot be reached. Are you online, and is it running?`,
      0,
    );
  }
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) {
    throw new SyncApiError(
      body.error ?? `The sync server answered ${response.status}.`,
      response.status,
    );
  }
  return body as T;
}

export const syncApi = {
  previewInvite: (server: string, code: string) =>
    call<InvitePreview>(server, `/api/invites/${encodeURIComponent(code)}`),
  join: (
    server: string,
    body: { code: string; deviceName: string; memberName?: string },
    token?: string,
  ) =>
    call<Me & { token: string }>(server, '/api/join', {
      method: 'POST',
      body: JSON.stringify(body),
      token,
    }),
  me: (server: string, token: string) => call<Me>(server, '/api/me', { token }),
  refreshToken: (server: string, token: string) =>
    call<{ token: string }>(server, '/api/token', { method: 'POST', token }),
  inviteDevice: (server: string, token: string) =>
    call<{ code: string; expiresAt: string }>(server, '/api/devices/invites', {
      method: 'POST',
      token,
    }),
  revokeDevice: (server: string, token: string, deviceId: string) =>
    call<{ ok: true }>(server, `/api/devices/${encodeURIComponent(deviceId)}`, {
      method: 'DELETE',
      token,
    }),
  createGroup: (server: string, token: string, name: string) =>
    call<{ id: string; name: string }>(server, '/api/groups', {
      method: 'POST',
      body: JSON.stringify({ name }),
      token,
    }),
  inviteMember: (
    server: string,
    token: string,
    groupId: string,
    name: string,
    role: 'writer' | 'reader',
  ) =>
    call<{ code: string; expiresAt: string }>(
      server,
      `/api/groups/${encodeURIComponent(groupId)}/invites`,
      {
        method: 'POST',
        body: JSON.stringify({ name, role }),
        token,
      },
    ),
  removeMember: (server: string, token: string, groupId: string, userId: string) =>
    call<{ ok: true }>(
      server,
      `/api/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(userId)}`,
      {
        method: 'DELETE',
        token,
      },
    ),
};

/** The link another device or person opens to join. */
export function inviteLink(appOrigin: string, serverUrl: string, code: string): string {
  return `${appOrigin}/sync?server=${encodeURIComponent(serverUrl)}&invite=${encodeURIComponent(code)}`;
}
