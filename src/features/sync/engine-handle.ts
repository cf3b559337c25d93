import type { SyncAccount } from '@/db/sync/records';
import { getDb } from '@/db';
import type { SyncEngine } from './engine';

/**
 * The one running sync engine of this tab. It is started for a sign-in (server and device) and
 * kept while that sign-in stays, however often its saved copy changes (a new group, a renewed
 * token). The engine module (Yjs, the provider) is imported only here, only when sync is on.
 */
let active: { identity: string; engine?: SyncEngine; stopped: boolean } | undefined;

export function currentSyncEngine(): SyncEngine | undefined {
  return active?.engine;
}

export function runSyncFor(account: SyncAccount | null): void {
  const identity = account ? `${account.serverUrl}|${account.deviceId}` : null;
  if (active?.identity === identity) return;
  if (active) {
    active.stopped = true;
    active.engine?.stop();
    active = undefined;
  }
  if (!account || !identity) return;
  const run: { identity: string; engine?: SyncEngine; stopped: boolean } = {
    identity,
    stopped: false,
  };
  active = run;
  void Promise.all([import('./engine'), getDb()]).then(([{ startSync }, db]) => {
    if (!run.stopped) run.engine = startSync(db, account);
  });
}
