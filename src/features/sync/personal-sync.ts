import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { SidenoteDb } from '@/db';
import { loadAgreedUpdates, reconcilePersonal, watchSavedChanges } from '@/db/sync/personal-store';
import { personalDocName } from '@/domain/sync/doc-names';
import { Replica, type Key } from '@/domain/sync/replica';
import { PERSONAL_TABLES } from '@/domain/sync/tables';

/**
 * Syncs everything this person saved with their personal document on the server, on every
 * device. The provider keeps a live copy of the document connected; the replica holds the state
 * the saved records last agreed with, and every change on either side goes through one
 * reconcile step at a time (see `Replica`), saved in one transaction with the updates behind it.
 */

const FROM_REPLICA = 'sidenote-replica';

export interface PersonalSyncEvents {
  /** The server refused this device (expired or revoked sign-in): sync cannot go on. */
  refused(reason: string): void;
  /** Connection, confirmation or waiting count changed. */
  changed(): void;
  /** A reconcile step failed (a storage error), or `undefined`: the last one went through. */
  failed(error: unknown): void;
}

export class PersonalSync {
  readonly name: string;
  readonly live = new Y.Doc();
  provider?: HocuspocusProvider;
  /** Changes saved here and not yet confirmed by the server. */
  readonly waiting = new Set<string>();
  synced = false;
  private replica = new Replica(PERSONAL_TABLES);
  private inbox: Uint8Array[] = [];
  private dirty: Key[] | 'all' = 'all';
  private joined = false;
  private running = false;
  private again = false;
  private stopped = false;
  private unwatch?: () => void;
  private retry?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly db: SidenoteDb,
    private readonly socket: HocuspocusProviderWebsocket,
    userId: string,
    private readonly token: () => string,
    private readonly events: PersonalSyncEvents,
  ) {
    this.name = personalDocName(userId);
  }

  async start(): Promise<void> {
    const agreed = await loadAgreedUpdates(this.db, this.name);
    this.replica.load(agreed);
    Y.transact(this.live, () => agreed.forEach((u) => Y.applyUpdate(this.live, u)), FROM_REPLICA);
    this.joined = agreed.length > 0;
    this.live.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_REPLICA) return;
      this.inbox.push(update);
      this.schedule();
    });
    this.unwatch = watchSavedChanges(this.db, (keys) => {
      if (keys === 'all' || this.dirty === 'all') this.dirty = 'all';
      else this.dirty.push(...keys);
      this.schedule();
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: this.name,
      document: this.live,
      token: this.token,
      awareness: null,
      onSynced: ({ state }) => {
        this.synced = state;
        if (state && !this.joined) {
          // First sync of this device: the server's state is all in the inbox now.
          this.joined = true;
          this.dirty = 'all';
        }
        this.schedule();
        this.events.changed();
      },
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && this.synced) this.waiting.clear();
        this.events.changed();
      },
      onAuthenticationFailed: ({ reason }) => this.events.refused(reason),
    });
    this.provider.attach();
    if (this.joined) this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    this.unwatch?.();
    this.provider?.destroy();
    this.live.destroy();
  }

  /** True while changes of this device are on their way to the server. */
  get busy(): boolean {
    return this.running || this.dirty === 'all' || this.dirty.length > 0;
  }

  private schedule(): void {
    if (!this.joined || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    queueMicrotask(() => void this.run());
  }

  private async run(): Promise<void> {
    try {
      do {
        this.again = false;
        const dirty = this.dirty;
        const remote = this.inbox.splice(0);
        this.dirty = [];
        if (dirty !== 'all' && dirty.length === 0 && remote.length === 0) continue;
        const joining = dirty === 'all' && this.replica.isEmpty();
        try {
          const result = await reconcilePersonal(
            this.db,
            this.replica,
            this.name,
            dirty,
            remote,
            joining,
          );
          if (this.stopped) return;
          if (result.localUpdate) Y.applyUpdate(this.live, result.localUpdate, FROM_REPLICA);
          result.localChanged.forEach((k) => this.waiting.add(`${k.table}/${k.key}`));
          if (this.provider && this.provider.unsyncedChanges === 0 && this.synced)
            this.waiting.clear();
          this.events.failed(undefined);
        } catch (err) {
          // The saved records and the agreed state are untouched (one transaction), but the
          // replica in memory may be ahead: rebuild it and compare everything again, soon.
          console.error('Sidenote sync: a reconcile step failed', err);
          this.events.failed(err ?? new Error('reconcile failed'));
          await this.rebuild();
          this.retry = setTimeout(() => this.schedule(), 2000);
          return;
        }
        this.events.changed();
      } while (this.again || this.inbox.length > 0);
    } finally {
      this.running = false;
    }
  }

  private async rebuild(): Promise<void> {
    this.replica = new Replica(PERSONAL_TABLES);
    this.replica.load(await loadAgreedUpdates(this.db, this.name));
    this.inbox = [Y.encodeStateAsUpdate(this.live)];
    this.dirty = 'all';
  }
}
