import {
  buildQueue,
  grade,
  newReviewState,
  type QueueFilter,
  type ReviewRating,
  type ReviewState,
  type SchedulerOptions,
} from '@/domain/review';
import type { Highlight } from '@/domain/annotations/types';
import type { SidenoteDb } from './database';

/** What `recordGrade` wrote, and what to hand to `restoreReviewState` to undo it. */
export interface RecordedGrade {
  state: ReviewState;
  /** The state before the grade; undefined when the highlight had never been reviewed. */
  previous?: ReviewState;
}

export async function getReviewState(
  db: SidenoteDb,
  highlightId: string,
): Promise<ReviewState | undefined> {
  return db.reviews.get(highlightId);
}

export async function listReviewStates(db: SidenoteDb): Promise<ReviewState[]> {
  return db.reviews.toArray();
}

/** Writes `state` as it is, replacing any state of that highlight. */
export async function saveReview(db: SidenoteDb, state: ReviewState): Promise<void> {
  await db.reviews.put(state);
}

/**
 * Grades a highlight at `now` (a highlight never reviewed starts as new) and stores the result.
 * Resolves to undefined, writing nothing, if the highlight no longer exists.
 */
export async function recordGrade(
  db: SidenoteDb,
  highlightId: string,
  rating: ReviewRating,
  now: Date,
  options?: SchedulerOptions,
): Promise<RecordedGrade | undefined> {
  return db.transaction('rw', [db.highlights, db.reviews], async () => {
    if (!(await db.highlights.get(highlightId))) return undefined;
    const previous = await db.reviews.get(highlightId);
    const state = grade(previous ?? newReviewState(highlightId, now), rating, now, options);
    await db.reviews.put(state);
    return previous ? { state, previous } : { state };
  });
}

/**
 * Undoes a grade: puts `previous` back exactly, or removes the state if there was none (the
 * highlight is new again). Does not bring back a state for a highlight deleted meanwhile.
 */
export async function restoreReviewState(
  db: SidenoteDb,
  previous: ReviewState | undefined,
  highlightId: string,
): Promise<void> {
  if (previous && previous.highlightId !== highlightId) {
    throw new Error(`restoreReviewState: state of ${previous.highlightId}, not ${highlightId}`);
  }
  await db.transaction('rw', [db.highlights, db.reviews], async () => {
    if (previous && (await db.highlights.get(highlightId))) await db.reviews.put(previous);
    else await db.reviews.delete(highlightId);
  });
}

async function highlightsMatching(db: SidenoteDb, filter?: QueueFilter): Promise<Highlight[]> {
  if (filter?.articleId !== undefined) {
    return db.highlights.where('articleId').equals(filter.articleId).toArray();
  }
  if (filter?.tagId !== undefined)
    return db.highlights.where('tags').equals(filter.tagId).toArray();
  return db.highlights.toArray();
}

/**
 * How many highlights a review session started at `now` would show: due (re)learning and review
 * ones plus new ones up to the session's new-highlight allowance (`newLimit`, default 20).
 */
export async function dueCount(
  db: SidenoteDb,
  now: Date,
  filter?: QueueFilter,
  newLimit?: number,
): Promise<number> {
  return db.transaction('r', [db.highlights, db.reviews], async () => {
    const highlights = await highlightsMatching(db, filter);
    const found = await db.reviews.bulkGet(highlights.map((h) => h.id));
    const states = found.filter((s): s is ReviewState => s !== undefined);
    return buildQueue({ highlights, states, now, filter, newLimit }).length;
  });
}
