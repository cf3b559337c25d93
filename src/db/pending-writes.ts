import type { Highlight } from '@/domain/annotations/types';
import { newId } from './clock';
import { DEFAULT_DB_NAME } from './connect';
import { patchedHighlight, type HighlightPatch } from './highlight-patch';
import { PENDING_PREFIX as PREFIX } from './pending-key';
import { LATEST_SCHEMA_VERSION } from './schema';

/**
 * A copy of each highlight change whose write to IndexedDB is under way, kept synchronously in
 * localStorage (as notes keep their drafts), so leaving the page, a closed tab or a crash in
 * those milliseconds loses nothing: the next start writes it again (pending-replay.ts).
 * Decision 0030. One entry per highlight id and database; a later change to the same highlight
 * is folded into it. Every function tolerates localStorage being missing, blocked or full.
 */
export type PendingChange =
  | { kind: 'create'; highlight: Highlight }
  /** `at`: when it was asked for; a stored version at least as new makes it moot. */
  | { kind: 'update'; id: string; patch: HighlightPatch; at: string }
  | { kind: 'delete'; id: string; at: string };

export interface PendingWrite {
  dbName: string;
  /** Which copy: a write removes only its own, never a later change folded in since. */
  token: string;
  change: PendingChange;
  /**
   * The database schema the page that kept it wrote (its highlight's shape). Copies kept before
   * pages said so read as 0; today's schema upgrades leave highlights as they are, so those
   * replay as they are. A copy from a newer schema waits for a page that knows it.
   */
  schema: number;
  /** Whether localStorage took it (false: full or blocked, and the write goes on without). */
  stored?: boolean;
}

/** Whether this page can replay `write`: a newer Sidenote's copy may hold a shape it does not know. */
export const readableHere = (write: PendingWrite): boolean => write.schema <= LATEST_SCHEMA_VERSION;

const keyOf = (dbName: string, id: string) => `${PREFIX}${dbName}:${id}`;
const idOf = (change: PendingChange) =>
  change.kind === 'create' ? change.highlight.id : change.id;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // Reading the property throws where storage is blocked.
  }
}

function parse(dbName: string, raw: string | null): PendingWrite | undefined {
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<PendingWrite> | null;
    const change = value?.change;
    if (typeof value?.token !== 'string' || typeof change !== 'object' || change === null) return;
    const fine =
      change.kind === 'create'
        ? typeof change.highlight?.id === 'string' && typeof change.highlight.updatedAt === 'string'
        : (change.kind === 'update' || change.kind === 'delete') &&
          typeof change.id === 'string' &&
          typeof change.at === 'string';
    const schema = typeof value.schema === 'number' ? value.schema : 0;
    return fine ? { dbName, token: value.token, change, schema } : undefined;
  } catch {
    return undefined;
  }
}

function read(dbName: string, id: string): PendingWrite | undefined {
  try {
    return parse(dbName, storage()?.getItem(keyOf(dbName, id)) ?? null);
  } catch {
    return undefined;
  }
}

/** `change` folded into the copy kept for the same highlight, if there is one. */
function folded(change: PendingChange, before: PendingChange | undefined): PendingChange {
  if (change.kind !== 'update' || !before) return change;
  if (before.kind === 'create') {
    return {
      kind: 'create',
      highlight: patchedHighlight(before.highlight, change.patch, change.at),
    };
  }
  if (before.kind === 'update') return { ...change, patch: { ...before.patch, ...change.patch } };
  return change;
}

/**
 * Keeps `change` before its write starts (synchronously: call it in the same task). Returns the
 * copy, for `forgetPendingWrite` once the write is done.
 */
export function keepPendingWrite(
  change: PendingChange,
  dbName: string = DEFAULT_DB_NAME,
): PendingWrite {
  const id = idOf(change);
  const before = read(dbName, id);
  const merged = folded(change, before?.change);
  const kept: PendingWrite = {
    dbName,
    token: newId(),
    change: merged,
    // Folded into a newer page's copy, it keeps that page's shape.
    schema: Math.max(LATEST_SCHEMA_VERSION, merged === change ? 0 : (before?.schema ?? 0)),
  };
  try {
    const store = storage();
    const { token, schema } = kept;
    store?.setItem(keyOf(dbName, id), JSON.stringify({ token, change: kept.change, schema }));
    kept.stored = store !== undefined;
  } catch {
    // Full or blocked: the write itself goes on; only the safety net is missing.
  }
  return kept;
}

/**
 * Whether a copy of a change to the same highlight is still kept. A copy this page stored is
 * gone only once a write is done: its own, another tab's replay of it, or the highlight's
 * deletion (pending-guard.ts). Then a late write of a new highlight must not store it again.
 */
export function stillKept(kept: PendingWrite): boolean {
  return !kept.stored || read(kept.dbName, idOf(kept.change)) !== undefined;
}

/** Removes the copy once its write is done (or failed and said so), unless a later one replaced it. */
export function forgetPendingWrite(kept: PendingWrite): void {
  const id = idOf(kept.change);
  if (read(kept.dbName, id)?.token !== kept.token) return;
  try {
    storage()?.removeItem(keyOf(kept.dbName, id));
  } catch {
    // Nothing to do: a replay of a write that is done changes nothing.
  }
}

/** Every pending copy for `dbName`. */
export function listPendingWrites(dbName: string = DEFAULT_DB_NAME): PendingWrite[] {
  const found: PendingWrite[] = [];
  try {
    const store = storage();
    if (!store) return found;
    const prefix = keyOf(dbName, '');
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(prefix)) continue;
      const write = parse(dbName, store.getItem(key));
      if (write) found.push(write);
    }
  } catch {
    // What was read before storage failed is still worth returning.
  }
  return found;
}

/**
 * Highlights were deleted (by any path: the reader, removing an article, sync): their pending
 * creates and edits must never bring them back. `'all'`: the whole table was cleared.
 */
export function forgetDeletedHighlights(dbName: string, ids: readonly string[] | 'all'): void {
  const pending = listPendingWrites(dbName);
  if (pending.length === 0) return;
  const deleted = ids === 'all' ? undefined : new Set(ids);
  for (const write of pending) {
    const id = idOf(write.change);
    if (write.change.kind === 'delete' || (deleted && !deleted.has(id))) continue;
    forgetPendingWrite(write);
  }
}

/** The highlight id a pending change is about. */
export { idOf as pendingHighlightId };
