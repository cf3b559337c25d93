/**
 * How the app reaches its database without loading the storage engine (Dexie, ~30 KB gzipped)
 * before it is needed: `database.ts` is imported on first use, and on a first visit, when this
 * browser holds no Sidenote database yet, reads answer "nothing saved" without loading it at all
 * (docs/decisions/0025). Only the first write creates the database. Nothing here imports Dexie.
 */
import type { SidenoteDb } from './database';

/** The database's name in IndexedDB (database.ts uses the same). */
export const DEFAULT_DB_NAME = 'sidenote';

type Engine = typeof import('./database');

let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;
const openedListeners = new Set<() => void>();

/**
 * Tabs tell each other when one first reaches the database, so a tab still showing "nothing
 * saved" (a first visit) starts reading at once, as Dexie's live queries do across tabs.
 */
const tabs =
  typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('sidenote-storage');
tabs?.addEventListener('message', (event: MessageEvent) => {
  if (event.data !== 'reached') return;
  looking = undefined; // a look begun before it may miss the database: the next asks again
  openedListeners.forEach((listener) => listener());
});

/** Loads the storage engine (once). */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./database').then((module) => {
    engine = module;
    return module;
  });
  return loading;
}

/**
 * Loads the storage engine and opens (on a first visit: creates) the database at the first sign
 * that the person may write (a pointer or key pressed, a touch, text selected), so a first save
 * waits neither for a download nor for the database to be made: on a first visit a save made
 * just before leaving the page must still reach IndexedDB (a quote's speaker saved right before
 * a reload was lost in a test without this), and a first highlight's card must not open late,
 * into the next selection. A page only looked at never loads it (a caret placed in a field, as
 * by autofocus, is not a selection).
 */
export function loadEngineOnFirstIntent(
  page: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'getSelection'> = document,
): void {
  const events = ['pointerdown', 'keydown', 'touchstart'] as const;
  const stop = () => {
    events.forEach((type) => page.removeEventListener(type, load, true));
    doc.removeEventListener('selectionchange', onSelection);
  };
  function load() {
    stop();
    // A failure to open (a newer Sidenote in another tab, say) is told by the write that needs it.
    void getDb()
      .then((db) => db.open())
      .catch(() => undefined);
  }
  function onSelection() {
    if (doc.getSelection()?.isCollapsed === false) load();
  }
  events.forEach((type) => page.addEventListener(type, load, { capture: true, passive: true }));
  doc.addEventListener('selectionchange', onSelection);
}

/** The storage engine if it has loaded already, for callers that can use it synchronously. */
export function engineIfLoaded(): Engine | undefined {
  return engine;
}

/**
 * The app's database, loading the storage engine on first use. Using it may create the
 * database: call it to write, or to read once `hasStoredData()` said there is something.
 */
export async function getDb(): Promise<SidenoteDb> {
  const wasOpen = engine?.isDefaultDbCreated() ?? false;
  const db = (await loadEngine()).getDb();
  if (!wasOpen) {
    openedListeners.forEach((listener) => listener());
    tabs?.postMessage('reached');
  }
  return db;
}

/**
 * Told when this tab, or another, first reaches the database (so readers still answering
 * "nothing saved" start reading it).
 */
export function onDatabaseReached(listener: () => void): () => void {
  openedListeners.add(listener);
  return () => openedListeners.delete(listener);
}

/**
 * Whether this browser may hold Sidenote data: false only when IndexedDB lists no Sidenote
 * database and this tab has not reached it either (a first visit). Where the browser cannot list
 * databases, or listing fails, it says true: reading then opens the database, as it always did.
 */
export async function hasStoredData(): Promise<boolean> {
  if (engine?.isDefaultDbCreated()) return true;
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  // Every live read of a view asks as it mounts: one look answers those asking meanwhile (each
  // look cost about 1 ms of the main thread on a phone; side by side made a dozen at once).
  looking ??= lookForDatabase().finally(() => (looking = undefined));
  return looking;
}

let looking: Promise<boolean> | undefined;

async function lookForDatabase(): Promise<boolean> {
  try {
    const databases = await indexedDB.databases();
    const stored = databases.some((d) => d.name === DEFAULT_DB_NAME);
    lastAnswer = stored ? 'stored' : 'none';
    return stored;
  } catch {
    return true;
  }
}

let lastAnswer: 'stored' | 'none' | undefined;

/**
 * True when the last look found no Sidenote database and this tab has not reached one since (a
 * first visit, asked before the first render: warm-start.ts). Live reads then answer "nothing
 * saved" in the first render, instead of a loading state a render before it.
 */
export function knownEmpty(): boolean {
  return lastAnswer === 'none' && !engine?.isDefaultDbCreated();
}

/**
 * Reads saved data once: `read(db)` when there may be some, `nothing` (without loading the
 * engine or creating the database) on a first visit.
 */
export async function readStored<T>(read: (db: SidenoteDb) => Promise<T>, nothing: T): Promise<T> {
  if (!(await hasStoredData())) return nothing;
  return read(await getDb());
}
