import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { SidenoteDb } from '@/db';
import {
  applyMemberChanges,
  replaceMemberRecords,
  sharedProjection,
  type MemberChange,
} from '@/db/sync/member-store';
import { watchSavedChanges } from '@/db/sync/personal-store';
import type { SyncGroup } from '@/db/sync/records';
import { DocView } from '@/domain/sync/doc-view';
import { groupDocName } from '@/domain/sync/doc-names';
import { mirrorInto, readAll } from '@/domain/sync/publish';
import { GROUP_TABLES } from '@/domain/sync/tables';

/**
 * One study group on this device: this person's share (their highlights and links, published to
 * their own author document, unless they only read in the group) and every other member's
 * share, saved as read-only member records. The server decides what each connection may write;
 * when it refuses, `refused` says why.
 */

export interface GroupSyncEvents {
  refused(group: SyncGroup, reason: string): void;
  /** This device cannot write in the group (the server opened our share read-only). */
  readOnly(group: SyncGroup): void;
  /** The server says the group's members changed: ask for the list again. */
  membersChanged(): void;
}

const PUBLISH_DELAY_MS = 150;

export class GroupSync {
  private providers: HocuspocusProvider[] = [];
  private docs: Y.Doc[] = [];
  private unwatch?: () => void;
  private publishTimer?: ReturnType<typeof setTimeout>;
  private stopped = false;

  constructor(
    private readonly db: SidenoteDb,
    private readonly socket: HocuspocusProviderWebsocket,
    readonly group: SyncGroup,
    private readonly userId: string,
    private readonly token: () => string,
    private readonly events: GroupSyncEvents,
  ) {}

  /** Member ids this instance follows (to notice a changed member list). */
  get signature(): string {
    return `${this.group.role}:${this.group.members
      .map((m) => m.id)
      .sort()
      .join(',')}`;
  }

  start(): void {
    for (const member of this.group.members) {
      if (member.id === this.userId) {
        if (this.group.role !== 'reader') this.startPublishing();
      } else {
        this.follow(member.id);
      }
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.publishTimer);
    this.unwatch?.();
    this.providers.forEach((p) => p.destroy());
    this.docs.forEach((d) => d.destroy());
  }

  private open(authorId: string, options: { onSynced(): void; onReadOnly?(): void }) {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: groupDocName(this.group.id, authorId),
      document: doc,
      token: this.token,
      awareness: null,
      onSynced: ({ state }) => {
        if (state) options.onSynced();
      },
      onAuthenticated: ({ scope }) => {
        if (scope === 'readonly') options.onReadOnly?.();
      },
      onAuthenticationFailed: ({ reason }) => this.events.refused(this.group, reason),
      onStateless: ({ payload }) => {
        const message = parseStateless(payload);
        if (message?.type === 'refused') this.events.refused(this.group, message.reason);
        if (message?.type === 'members-changed') this.events.membersChanged();
      },
    });
    provider.attach();
    this.providers.push(provider);
    this.docs.push(doc);
    return { doc, provider };
  }

  private startPublishing(): void {
    let synced = false;
    let readOnly = false;
    const { doc } = this.open(this.userId, {
      onSynced: () => {
        synced = true;
        schedule();
      },
      onReadOnly: () => {
        readOnly = true;
        this.events.readOnly(this.group);
      },
    });
    const view = new DocView(doc, GROUP_TABLES);
    const publish = async () => {
      if (this.stopped || !synced || readOnly) return;
      const { highlights, links } = await sharedProjection(this.db);
      if (this.stopped) return;
      doc.transact(() => {
        mirrorInto(view, GROUP_TABLES, 'highlights', highlights);
        mirrorInto(view, GROUP_TABLES, 'links', links);
      });
    };
    const schedule = () => {
      clearTimeout(this.publishTimer);
      this.publishTimer = setTimeout(() => void publish(), PUBLISH_DELAY_MS);
    };
    this.unwatch = watchSavedChanges(this.db, (keys) => {
      if (keys === 'all' || keys.some((k) => ['highlights', 'tags', 'links'].includes(k.table))) {
        schedule();
      }
    });
  }

  private follow(authorId: string): void {
    let synced = false;
    const { doc } = this.open(authorId, {
      onSynced: () => {
        synced = true;
        view.takeChanged();
        void replaceMemberRecords(
          this.db,
          this.group.id,
          authorId,
          readAll(view, 'highlights'),
          readAll(view, 'links'),
        );
      },
    });
    const view = new DocView(doc, GROUP_TABLES);
    doc.on('afterTransaction', () => {
      if (!synced) return;
      const changes: MemberChange[] = [];
      view.takeChanged().forEach((keys, table) => {
        if (table !== 'highlights' && table !== 'links') return;
        keys.forEach((key) => changes.push({ table, key, record: view.read(table, key) }));
      });
      void applyMemberChanges(this.db, this.group.id, authorId, changes);
    });
  }
}

function parseStateless(payload: string): { type: string; reason: string } | undefined {
  try {
    const value = JSON.parse(payload) as { type?: unknown; reason?: unknown };
    return typeof value.type === 'string'
      ? { type: value.type, reason: String(value.reason ?? '') }
      : undefined;
  } catch {
    return undefined;
  }
}
