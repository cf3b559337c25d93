import type { SyncDevice, SyncGroup } from '@/db/sync/records';

/**
 * Calls to a sync server's JSON API (`/api/…` on the server's own address). Failures become
 * `SyncApiError`s: the server's code (and params) for the page to say in the reader's language
 * (`syncErrorText`), its own English sentence, or status 0 when it could not be reached.
 */

export class SyncApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly detail: {
      /** The server's `http://host:port`. */
      server: string;
      code?: string;
      params?: Record<string, string>;
      /** The server's own sentence, if it sent one. */
      serverMessage?: string;
    },
  ) {
    super(message);
  }

  get server(): string {
    return this.detail.server;
  }
  get code(): string | undefined {
    return this.detail.code;
  }
  get params(): Record<string, string> | undefined {
    return this.detail.params;
  }
  get serverMessage(): string | undefined {
    return this.detail.serverMessage;
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
      { server: httpBase(serverUrl) },
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    error?: unknown;
    code?: unknown;
    params?: unknown;
  };
  if (!response.ok) {
    const serverMessage = typeof body.error === 'string' ? body.error : undefined;
    throw new SyncApiError(
      serverMessage ?? `The sync server answered ${response.status}.`,
      response.status,
      {
        server: httpBase(serverUrl),
        code: typeof body.code === 'string' ? body.code : undefined,
        params: stringParams(body.params),
        serverMessage,
      },
    );
  }
  return body as T;
}

/** The params of a server's error: an object of strings, or nothing. */
function stringParams(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
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
