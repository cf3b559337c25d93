import { describe, expect, it } from 'vitest';
import {
  dismissedPairKeys,
  getArticleState,
  setArticleDetails,
  setPairDismissed,
  setQuoteSpeaker,
  listArticleStates,
  saveReadingPosition,
  setArticleNote,
  setArticleTags,
} from './article-state-repo';
import { openDatabase } from './database';
import { useTestDb } from './test-utils';

describe('article state repository', () => {
  const db = useTestDb();

  it('gives a default state, without saving it, for an article never opened', async () => {
    const state = await getArticleState(db(), 'a1');
    expect(state).toMatchObject({ articleId: 'a1', tags: [], note: '', readingOffset: 0 });
    expect(state.progress).toBe(0);
    expect(state.lastOpenedAt).toBeUndefined();
    expect(await listArticleStates(db())).toEqual([]);
  });

  it('saves the reading position and reads it back from a new connection', async () => {
    const before = Date.now();
    await saveReadingPosition(db(), 'a1', 1234, 0.4);
    const reopened = openDatabase(db().name);
    try {
      const state = await getArticleState(reopened, 'a1');
      expect(state.readingOffset).toBe(1234);
      expect(state.progress).toBe(0.4);
      expect(Date.parse(state.lastOpenedAt ?? '')).toBeGreaterThanOrEqual(before);
    } finally {
      reopened.close();
    }
  });

  it('clamps progress to 0..1 and the offset to a whole non-negative number', async () => {
    expect((await saveReadingPosition(db(), 'a1', -5, 1.7)).progress).toBe(1);
    const state = await saveReadingPosition(db(), 'a1', 10.6, -0.2);
    expect(state.readingOffset).toBe(11);
    expect(state.progress).toBe(0);
    expect((await saveReadingPosition(db(), 'a1', 3, Number.NaN)).progress).toBe(0);
  });

  it('keeps the note and tags when the position changes, and the position when they change', async () => {
    await setArticleNote(db(), 'a1', 'Argues from *one* report.');
    await setArticleTags(db(), 'a1', ['t1', 't2', 't1']);
    await saveReadingPosition(db(), 'a1', 500, 0.5);
    await setArticleNote(db(), 'a1', 'Changed my mind.');
    const state = await getArticleState(db(), 'a1');
    expect(state).toMatchObject({
      note: 'Changed my mind.',
      tags: ['t1', 't2'],
      readingOffset: 500,
      progress: 0.5,
    });
    expect(await listArticleStates(db())).toHaveLength(1);
  });

  it('moves updatedAt forward on every change', async () => {
    const first = await setArticleNote(db(), 'a1', 'one');
    const second = await setArticleNote(db(), 'a1', 'two');
    expect(Date.parse(second.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt));
  });

  it('does not lose either write when two saves run at once', async () => {
    await Promise.all([
      setArticleNote(db(), 'a1', 'note'),
      saveReadingPosition(db(), 'a1', 42, 0.1),
      setArticleTags(db(), 'a1', ['t']),
    ]);
    expect(await getArticleState(db(), 'a1')).toMatchObject({
      note: 'note',
      readingOffset: 42,
      tags: ['t'],
    });
  });

  it('keeps details the reader set, trimmed, and clears a blank one back to derived', async () => {
    await setArticleDetails(db(), 'a1', { outlet: ' Infobae ', title: 'NATO warnt' });
    await setArticleDetails(db(), 'a1', { title: '   ', author: 'Reuters' });
    expect((await getArticleState(db(), 'a1')).details).toEqual({
      outlet: 'Infobae',
      author: 'Reuters',
    });
    await setArticleDetails(db(), 'a1', { outlet: undefined, author: '' });
    expect((await getArticleState(db(), 'a1')).details).toBeUndefined();
  });

  it('keeps a corrected speaker, "not speech", and forgets a correction', async () => {
    await setQuoteSpeaker(db(), 'a1', 'q1', ' Jens Stoltenberg ');
    await setQuoteSpeaker(db(), 'a1', 'q2', '');
    expect((await getArticleState(db(), 'a1')).speakers).toEqual({
      q1: 'Jens Stoltenberg',
      q2: '',
    });
    await setQuoteSpeaker(db(), 'a1', 'q1', undefined);
    expect((await getArticleState(db(), 'a1')).speakers).toEqual({ q2: '' });
  });

  it('remembers a dismissed pair whichever side asks, per pair of articles', async () => {
    await setPairDismissed(db(), 'b', 'a', 'k1', true);
    await setPairDismissed(db(), 'a', 'b', 'k2', true);
    await setPairDismissed(db(), 'a', 'c', 'k3', true);
    expect([...(await dismissedPairKeys(db(), 'a', 'b'))].sort()).toEqual(['k1', 'k2']);
    expect([...(await dismissedPairKeys(db(), 'b', 'a'))].sort()).toEqual(['k1', 'k2']);
    await setPairDismissed(db(), 'b', 'a', 'k1', false);
    expect([...(await dismissedPairKeys(db(), 'a', 'b'))]).toEqual(['k2']);
    expect([...(await dismissedPairKeys(db(), 'c', 'a'))]).toEqual(['k3']);
  });
});
