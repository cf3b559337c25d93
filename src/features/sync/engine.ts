import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { setMeta, type SidenoteDb } from '@/db';
import { forgetOtherGroups } from '@/db/sync/member-store';
import type { SyncAccount, SyncGroup } from '@/db/sync/records';
import { t, useLocaleStore } from '@/shared/i18n';
import { useSyncStatus } from '@/shared/stores/sync-status';
import { SyncApiError, syncApi } from './api-client';
import { GroupSync } from './group-sync';
import { PersonalSync } from './personal-sync';
import { refusalMessage, storageErrorText, syncErrorText } from './messages';

/**
 * Sync on this device, while it is on: one WebSocket to the server carrying the personal
 * document and every group document, the member list refreshed from the server, and the status
 * the Sync page and the top bar show. Loaded only when sync is on.
 */

const REFRESH_MS = 30_000;
const RENEW_WHEN_DAYS_LEFT = 15;

export interface SyncEngine {
  stop(): void;
  /** Asks the server for the member's devices and groups now. */
  refresh(): Promise<void>;
}

export function startSync(db: SidenoteDb, initial: SyncAccount): SyncEngine {
  let account = initial;
  const status = useSyncStatus.getState();
  status.set({ state: 'connecting', waiting: 0, message: undefined, notice: undefined });
  // Words for people are kept as how to say them, and said again when the language changes.
  let refused: (() => string) | undefined;
  let failure: (() => string) | undefined;
  let shownNotice: (() => string) | undefined;
  let socketOpen = false;
  const token = () => account.token;

  const socket = new HocuspocusProviderWebsocket({
    url: account.serverUrl,
    onStatus: ({ status: s }) => {
      socketOpen = s === 'connected';
      if (socketOpen) void refresh();
      update();
    },
  });

  const personal = new PersonalSync(db, socket, account.userId, token, {
    refused: (reason) => {
      refused = () => refusalMessage(t, reason);
      update();
    },
    changed: () => update(),
    failed: (error) => {
      failure = error === undefined ? undefined : () => storageErrorText(error);
      update();
    },
  });

  const groups = new Map<string, GroupSync>();
  const notice = (say: () => string) => {
    shownNotice = say;
    useSyncStatus.getState().set({ notice: say() });
  };

  function update(): void {
    const waiting = personal.waiting.size;
    const offline = !socketOpen || (typeof navigator !== 'undefined' && !navigator.onLine);
    const state = refused
      ? 'refused'
      : failure
        ? 'error'
        : offline
          ? 'offline'
          : !personal.synced || personal.busy || waiting > 0
            ? 'syncing'
            : 'synced';
    useSyncStatus.getState().set({
      state,
      waiting,
      message: (refused ?? failure)?.(),
      ...(state === 'synced' ? { lastSyncedAt: new Date().toISOString() } : {}),
    });
  }

  function applyGroups(list: readonly SyncGroup[]): void {
    for (const [id, sync] of groups) {
      const next = list.find((g) => g.id === id);
      // Made a reader (while this device was away, say): said once, whichever comes first, this
      // or the server opening the share read-only.
      if (next && next.role === 'reader' && sync.group.role !== 'reader') {
        notice(() => t('sync.notice.readOnly', { group: next.name }));
      }
      if (!next || next.role !== sync.group.role || signature(next) !== sync.signature) {
        sync.stop();
        groups.delete(id);
      }
    }
    for (const group of list) {
      if (groups.has(group.id)) continue;
      const sync = new GroupSync(db, socket, group, account.userId, token, {
        refused: (g, reason) => {
          notice(() => refusalMessage(t, reason, g.name));
          if (reason === 'not-a-member') void refresh();
        },
        readOnly: (g) => notice(() => t('sync.notice.readOnly', { group: g.name })),
        membersChanged: () => void refresh(),
      });
      groups.set(group.id, sync);
      sync.start();
    }
    void forgetOtherGroups(
      db,
      list.map((g) => g.id),
    );
  }

  async function refresh(): Promise<void> {
    try {
      const me = await syncApi.me(account.serverUrl, account.token);
      const left = account.groups.filter((g) => !me.groups.some((n) => n.id === g.id));
      left.forEach((g) => notice(() => t('sync.refusal.notAMemberIn', { group: g.name })));
      account = { ...account, userName: me.user.name, groups: me.groups, devices: me.devices };
      await setMeta(db, 'syncAccount', account);
      applyGroups(me.groups);
    } catch (err) {
      if (err instanceof SyncApiError && err.status === 401) {
        refused = () => syncErrorText(t, err);
        update();
      }
    }
  }

  async function renewToken(): Promise<void> {
    const expires = tokenExpiry(account.token);
    if (expires === undefined || expires - Date.now() > RENEW_WHEN_DAYS_LEFT * 86_400_000) return;
    try {
      const { token: fresh } = await syncApi.refreshToken(account.serverUrl, account.token);
      account = { ...account, token: fresh };
      await setMeta(db, 'syncAccount', account);
    } catch {
      // Offline or refused: the old token is used until it expires, and then the page says so.
    }
  }

  const onNetwork = () => update();
  const stopFollowingLanguage = useLocaleStore.subscribe((now, before) => {
    if (now.messages === before.messages) return;
    const showing = useSyncStatus.getState().notice;
    useSyncStatus.getState().set({
      message: (refused ?? failure)?.(),
      ...(showing !== undefined && shownNotice ? { notice: shownNotice() } : {}),
    });
  });
  window.addEventListener('online', onNetwork);
  window.addEventListener('offline', onNetwork);
  const timer = setInterval(() => void refresh(), REFRESH_MS);
  void renewToken();
  void personal.start();
  applyGroups(account.groups);

  return {
    stop() {
      clearInterval(timer);
      stopFollowingLanguage();
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      groups.forEach((g) => g.stop());
      personal.stop();
      socket.destroy();
      useSyncStatus.getState().reset();
    },
    refresh,
  };
}

function signature(group: SyncGroup): string {
  return `${group.role}:${group.members
    .map((m) => m.id)
    .sort()
    .join(',')}`;
}

/** The `exp` of a JWT, in ms, without checking it (the server checks). */
function tokenExpiry(token: string): number | undefined {
  try {
    const payload = JSON.parse(
      atob(token.split('.')[1]?.replace(/-/g, '+').replace(/_/g, '/') ?? ''),
    ) as {
      exp?: number;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
