/**
 * Spaced-repetition state of one highlight. Same fields as the `reviews` record in `src/db`
 * (`src/db/records.ts`); the db layer stores this object as it is.
 */
export interface ReviewState {
  highlightId: string;
  /** ISO timestamp of the next review. */
  due: string;
  stability: number;
  difficulty: number;
  /** Number of grades given. */
  reps: number;
  /** Number of times a card in review was forgotten (graded "again"). */
  lapses: number;
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** ISO timestamp of the last grade. */
  lastReview?: string;
}

/** The four answer buttons. */
export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

export const REVIEW_RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

/** `ReviewState.state` values (the numbers ts-fsrs uses). */
export const REVIEW_PHASE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

export interface SchedulerOptions {
  /**
   * Spread long intervals a little so cards graded together do not all come back on the same day
   * (default true). ts-fsrs seeds the fuzz from the review time, reps and memory state, so the
   * same input still gives the same output; tests turn it off to assert exact intervals.
   */
  fuzz?: boolean;
}
