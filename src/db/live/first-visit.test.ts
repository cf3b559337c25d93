// A first visit: this file's IndexedDB (fake-indexeddb, fresh per test file) starts with no
// Sidenote database, and nothing here reaches it before the tests below say so. They run in order.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engineIfLoaded, getDb, hasStoredData } from '../connect';
import { openDatabase } from '../database';
import { createTag } from '../tags-repo';
import * as live from './index';
import * as sync from './sync';

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

/** Every live read hook, as the app's views use them. */
function useEveryHook() {
  return {
    allHighlights: live.useAllHighlights(),
    allLinks: live.useAllLinks(),
    articleHighlights: live.useArticleHighlightRecords('a'),
    colors: live.useColors(),
    highlight: live.useHighlight('h'),
    highlightCounts: live.useHighlightCounts(),
    highlightTags: live.useHighlightTagsByArticle(),
    linkedHighlights: live.useLinkedHighlights('h'),
    tagUsage: live.useTagUsage(),
    tags: live.useTags(),
    articleState: live.useArticleState('a'),
    articleStates: live.useArticleStates(),
    backupStatus: live.useBackupStatus(),
    userArticles: live.useUserArticles(),
    syncAccount: sync.useSyncAccount(),
    memberHighlights: sync.useMemberHighlights('a'),
    allMemberHighlights: sync.useAllMemberHighlights(),
  };
}

const answered = (values: Record<string, unknown>) =>
  Object.values(values).every((v) => v !== undefined);

describe('the live read hooks on a first visit', () => {
  let firstVisit: ReturnType<typeof useEveryHook>;

  it('answer "nothing saved" without creating the database or loading the engine', async () => {
    const { result } = renderHook(useEveryHook);
    await waitFor(() => expect(answered(result.current)).toBe(true));
    firstVisit = result.current;
    expect(firstVisit.tags).toEqual([]);
    expect(firstVisit.colors?.map((c) => c.id)).toContain('key-claim');
    expect(await databaseNames()).not.toContain('sidenote');
    expect(engineIfLoaded()).toBeUndefined();
  });

  it('answer in their first render once the app knows it is a first visit (asked before it renders)', async () => {
    expect(await hasStoredData()).toBe(false);
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useEveryHook();
    });
    // The notebook's first render says "nothing yet" rather than a loading state before it.
    expect(result.current).toEqual(firstVisit);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders).toBe(1);
  });

  it('start reading when another tab creates the database and this one comes back into view', async () => {
    const { result } = renderHook(() => live.useTags());
    await waitFor(() => expect(result.current).toEqual([]));
    const otherTab = openDatabase();
    await createTag(otherTab, 'Aus dem anderen Tab');
    otherTab.close();
    window.dispatchEvent(new Event('focus'));
    await waitFor(() =>
      expect(result.current?.map((t) => t.name)).toEqual(['Aus dem anderen Tab']),
    );
  });

  it('answer on a new database exactly what they answered before it existed', async () => {
    const db = await getDb();
    await db.delete();
    await db.open(); // a new database, seeded as on a first write
    const { result } = renderHook(useEveryHook);
    await waitFor(() => expect(answered(result.current)).toBe(true));
    expect(result.current).toEqual(firstVisit);
  });

  it('follow the first write made in this tab', async () => {
    const { result } = renderHook(() => live.useTags());
    await waitFor(() => expect(result.current).toEqual([]));
    await createTag(await getDb(), 'Abschreckung');
    await waitFor(() => expect(result.current?.map((t) => t.name)).toEqual(['Abschreckung']));
  });
});
