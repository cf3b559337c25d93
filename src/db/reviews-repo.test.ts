import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildQueue, grade, newReviewState, type ReviewState } from '@/domain/review';
import { createHighlight, deleteHighlight, listAllHighlights } from './highlights-repo';
import type { ReviewState as ReviewStateRecord } from './records';
import {
  dueCount,
  getReviewState,
  listReviewStates,
  recordGrade,
  restoreReviewState,
  saveReview,
} from './reviews-repo';
import { target, useTestDb } from './test-utils';

// The domain type and the stored record must stay the same shape (checked by tsc).
expectTypeOf<ReviewState>().toEqualTypeOf<ReviewStateRecord>();

const NOW = new Date('2025-03-10T12:00:00.000Z');
const DAY = 86_400_000;
const exact = { fuzz: false };

describe('reviews repository', () => {
  const db = useTestDb();

  async function highlight(articleId = 'a1', tags: string[] = [], start = 0): Promise<string> {
    const h = await createHighlight(db(), {
      articleId,
      target: target(start, 'Satz'),
      colorId: 'c',
      tags,
    });
    return h.id;
  }

  it('saves, reads and lists states as plain objects', async () => {
    const id = await highlight();
    expect(await getReviewState(db(), id)).toBeUndefined();
    const state = grade(newReviewState(id, NOW), 'good', NOW);
    await saveReview(db(), state);
    const read = await getReviewState(db(), id);
    expect(read).toStrictEqual(state);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(await listReviewStates(db())).toStrictEqual([state]);
  });

  it('grades a highlight never reviewed as new and stores the result', async () => {
    const id = await highlight();
    const recorded = await recordGrade(db(), id, 'again', NOW, exact);
    const expected = grade(newReviewState(id, NOW), 'again', NOW, exact);
    expect(recorded).toStrictEqual({ state: expected });
    expect(await getReviewState(db(), id)).toStrictEqual(expected);
  });

  it('grades from the stored state and returns it as the previous one', async () => {
    const id = await highlight();
    const first = await recordGrade(db(), id, 'good', NOW, exact);
    const later = new Date(NOW.getTime() + 3 * DAY);
    const second = await recordGrade(db(), id, 'good', later, exact);
    expect(second?.previous).toStrictEqual(first?.state);
    expect(second?.state.reps).toBe(2);
    expect(Date.parse(second?.state.due ?? '')).toBeGreaterThan(Date.parse(first?.state.due ?? ''));
    expect(await getReviewState(db(), id)).toStrictEqual(second?.state);
  });

  it('writes nothing for a highlight that no longer exists', async () => {
    expect(await recordGrade(db(), 'missing', 'good', NOW)).toBeUndefined();
    expect(await listReviewStates(db())).toEqual([]);
  });

  it('undo puts the previous state back exactly', async () => {
    const id = await highlight();
    await recordGrade(db(), id, 'good', NOW);
    const before = await getReviewState(db(), id);
    const graded = await recordGrade(db(), id, 'again', new Date(NOW.getTime() + 2 * DAY));
    expect(await getReviewState(db(), id)).not.toStrictEqual(before);
    await restoreReviewState(db(), graded?.previous, id);
    expect(await getReviewState(db(), id)).toStrictEqual(before);
  });

  it('undoing the first grade makes the highlight new again', async () => {
    const id = await highlight();
    const graded = await recordGrade(db(), id, 'easy', NOW);
    expect(graded?.previous).toBeUndefined();
    await restoreReviewState(db(), graded?.previous, id);
    expect(await getReviewState(db(), id)).toBeUndefined();
  });

  it('undo does not bring back a state for a highlight deleted meanwhile', async () => {
    const id = await highlight();
    await recordGrade(db(), id, 'good', NOW);
    const graded = await recordGrade(db(), id, 'good', new Date(NOW.getTime() + 2 * DAY));
    await deleteHighlight(db(), id);
    await restoreReviewState(db(), graded?.previous, id);
    expect(await listReviewStates(db())).toEqual([]);
  });

  it('refuses to restore one highlight’s state under another id', async () => {
    const id = await highlight();
    await expect(restoreReviewState(db(), newReviewState('other', NOW), id)).rejects.toThrow();
  });

  it('counts what a session would show: due ones and new ones up to the cap', async () => {
    const due = await highlight('a1', ['t1'], 0);
    const notDue = await highlight('a1', ['t1'], 10);
    await highlight('a2', ['t1', 't2'], 0);
    await highlight('a2', [], 10);
    await saveReview(db(), {
      ...grade(newReviewState(due, NOW), 'good', NOW),
      due: NOW.toISOString(),
    });
    await recordGrade(db(), notDue, 'good', NOW);

    expect(await dueCount(db(), NOW)).toBe(3);
    expect(await dueCount(db(), new Date(NOW.getTime() + 30 * DAY))).toBe(4);
    expect(await dueCount(db(), NOW, { articleId: 'a1' })).toBe(1);
    expect(await dueCount(db(), NOW, { tagId: 't1' })).toBe(2);
    expect(await dueCount(db(), NOW, { articleId: 'a2', tagId: 't2' })).toBe(1);
    expect(await dueCount(db(), NOW, { tagId: 'none' })).toBe(0);
    expect(await dueCount(db(), NOW, undefined, 0)).toBe(1);
  });

  it('counts the same as the queue built from everything stored', async () => {
    for (let i = 0; i < 25; i++) await highlight('a1', [], i);
    const highlights = await listAllHighlights(db());
    for (const h of highlights.slice(0, 4)) await recordGrade(db(), h.id, 'again', NOW);
    const later = new Date(NOW.getTime() + DAY);
    const queue = buildQueue({ highlights, states: await listReviewStates(db()), now: later });
    expect(queue).toHaveLength(24);
    expect(await dueCount(db(), later)).toBe(queue.length);
  });
});
