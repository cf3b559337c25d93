// A first visit: this file's IndexedDB (fake-indexeddb, fresh per test file) has no Sidenote
// database to begin with. The tests run in order, as a visit would.
import { describe, expect, it, vi } from 'vitest';
import {
  engineIfLoaded,
  getDb,
  hasStoredData,
  loadEngineOnFirstIntent,
  onDatabaseReached,
  readStored,
} from './connect';
import { getArticleState } from './article-state-repo';

describe('reaching the database', () => {
  it('reads "nothing saved" on a first visit without loading the engine or creating the database', async () => {
    expect(await hasStoredData()).toBe(false);
    const read = vi.fn(async () => 'read');
    expect(await readStored(read, 'nothing')).toBe('nothing');
    expect(read).not.toHaveBeenCalled();
    expect(engineIfLoaded()).toBeUndefined();
  });

  it('asks the browser once for those asking at the same time, and again after', async () => {
    const databases = vi.spyOn(indexedDB, 'databases');
    try {
      expect(await Promise.all([hasStoredData(), hasStoredData(), hasStoredData()])).toEqual([
        false,
        false,
        false,
      ]);
      expect(databases).toHaveBeenCalledTimes(1);
      expect(await hasStoredData()).toBe(false);
      expect(databases).toHaveBeenCalledTimes(2);
    } finally {
      databases.mockRestore();
    }
  });

  it('does not answer from a look begun before another tab reached the database', async () => {
    let answer: (found: IDBDatabaseInfo[]) => void = () => {};
    const databases = vi
      .spyOn(indexedDB, 'databases')
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const otherTab = new BroadcastChannel('sidenote-storage');
    let stopListening = () => {};
    try {
      const early = hasStoredData();
      const reached = new Promise<void>((resolve) => (stopListening = onDatabaseReached(resolve)));
      otherTab.postMessage('reached');
      await reached;
      const later = hasStoredData();
      expect(databases).toHaveBeenCalledTimes(2);
      answer([]);
      expect(await early).toBe(false);
      expect(await later).toBe(false);
    } finally {
      stopListening();
      otherTab.close();
      databases.mockRestore();
    }
  });

  it('loads the engine and makes the database once text is selected, not for a scroll or a caret, and tells those waiting once', async () => {
    const reached = vi.fn();
    onDatabaseReached(reached);
    const page = new EventTarget();
    let collapsed = true;
    const doc = Object.assign(new EventTarget(), {
      getSelection: () => ({ isCollapsed: collapsed }) as Selection,
    });
    loadEngineOnFirstIntent(page, doc);
    page.dispatchEvent(new Event('scroll'));
    doc.dispatchEvent(new Event('selectionchange')); // a caret, as autofocus places
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engineIfLoaded()).toBeUndefined();
    collapsed = false;
    doc.dispatchEvent(new Event('selectionchange')); // text selected
    await vi.waitFor(async () => expect(await hasStoredData()).toBe(true));
    // The handle comes first; the database itself once Dexie has opened it (a CI run was faster).
    await vi.waitFor(async () =>
      expect((await indexedDB.databases()).map((d) => d.name)).toContain('sidenote'),
    );
    await getDb();
    expect(reached).toHaveBeenCalledTimes(1);
  });

  it('reads what is stored once there is a database', async () => {
    const state = await readStored((d) => getArticleState(d, 'a'), undefined);
    expect(state?.articleId).toBe('a');
  });
});
