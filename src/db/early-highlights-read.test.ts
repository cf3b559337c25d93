import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DB_NAME } from './connect';
import { openDatabase } from './database';
import { EARLY_DB_NAME, startBootRead, takeBootRead } from './early-highlights-read';
import { prefetchArticleHighlights, takeEarlyHighlights } from './early-highlights';
import { createHighlight } from './highlights-repo';
import { target } from './test-utils';

afterEach(async () => {
  globalThis.sidenoteEarlyHighlights = undefined;
  await Dexie.delete(DEFAULT_DB_NAME);
});

describe('the highlights read boot.js starts', () => {
  it('reads the app’s database', () => {
    expect(EARLY_DB_NAME).toBe(DEFAULT_DB_NAME);
  });

  it('is what the app takes, once, instead of reading again', async () => {
    const db = openDatabase(DEFAULT_DB_NAME);
    await createHighlight(db, { articleId: 'a1', target: target(0, 'eins'), colorId: 'c' });
    startBootRead('a1');
    const read = await globalThis.sidenoteEarlyHighlights?.get('a1');
    expect(read?.rows.map((h) => h.target.quote.exact)).toEqual(['eins']);
    // Written after boot.js read: the early highlights are boot.js's (the live query follows).
    await createHighlight(db, { articleId: 'a1', target: target(5, 'zwei'), colorId: 'c' });
    db.close();

    await prefetchArticleHighlights('a1');
    expect(takeEarlyHighlights('a1')?.map((h) => h.target.quote.exact)).toEqual(['eins']);
    expect(takeBootRead('a1')).toBeUndefined();
    // Without one from boot.js, the app reads for itself.
    await prefetchArticleHighlights('a1');
    expect(takeEarlyHighlights('a1')?.map((h) => h.target.quote.exact)).toEqual(['eins', 'zwei']);
  });

  it('neither opens nor creates the database on a first visit', async () => {
    startBootRead('a1');
    expect(await takeBootRead('a1')).toBeUndefined();
    expect((await indexedDB.databases()).some((d) => d.name === DEFAULT_DB_NAME)).toBe(false);
  });
});
