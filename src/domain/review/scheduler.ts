import { type Card, type FSRS, type Grade, Rating, State, createEmptyCard, fsrs } from 'ts-fsrs';
import { intervalOf, type Interval } from './format-interval';
import type { ReviewRating, ReviewState, SchedulerOptions } from './types';

/**
 * One (re)learning step of 10 minutes. ts-fsrs tracks the current step in `Card.learning_steps`,
 * which the stored record does not have. With a single step that index is 0 in every state a card
 * can be stored in (again/hard stay on step 0, good graduates), so rebuilding the card with 0
 * loses nothing. With more steps it would: add a field to the record first.
 */
const STEPS = ['10m'] as const;

const schedulers = new Map<boolean, FSRS>();

function scheduler(options: SchedulerOptions | undefined): FSRS {
  const fuzz = options?.fuzz ?? true;
  let s = schedulers.get(fuzz);
  if (!s) {
    s = fsrs({ enable_fuzz: fuzz, learning_steps: STEPS, relearning_steps: STEPS });
    schedulers.set(fuzz, s);
  }
  return s;
}

const RATINGS: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATES: readonly State[] = [State.New, State.Learning, State.Review, State.Relearning];

function toCard(s: ReviewState): Card {
  const state = STATES[s.state];
  if (state === undefined) throw new RangeError(`Unknown review state ${s.state}`);
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: s.reps,
    lapses: s.lapses,
    state,
    ...(s.lastReview !== undefined && { last_review: new Date(s.lastReview) }),
  };
}

function fromCard(highlightId: string, card: Card): ReviewState {
  return {
    highlightId,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review && { lastReview: card.last_review.toISOString() }),
  };
}

/**
 * The review time actually used: `now`, or the last review if the clock has gone back since
 * (ts-fsrs rejects a negative elapsed time).
 */
function reviewTime(s: ReviewState, now: Date): Date {
  const last = s.lastReview === undefined ? NaN : Date.parse(s.lastReview);
  return last > now.getTime() ? new Date(last) : now;
}

/** State of a highlight never reviewed: new, due at `now`. */
export function newReviewState(highlightId: string, now: Date): ReviewState {
  return fromCard(highlightId, createEmptyCard(now));
}

/** The state after answering `rating` at `now`. Does not change `state`. */
export function grade(
  state: ReviewState,
  rating: ReviewRating,
  now: Date,
  options?: SchedulerOptions,
): ReviewState {
  const at = reviewTime(state, now);
  const { card } = scheduler(options).next(toCard(state), at, RATINGS[rating]);
  return fromCard(state.highlightId, card);
}

/** For each rating, when the highlight would come back, for its button ("10 min", "4 days"). */
export function previewIntervals(
  state: ReviewState,
  now: Date,
  options?: SchedulerOptions,
): Record<ReviewRating, Interval> {
  const at = reviewTime(state, now);
  const preview = scheduler(options).repeat(toCard(state), at);
  const label = (rating: ReviewRating) =>
    intervalOf(preview[RATINGS[rating]].card.due.getTime() - at.getTime());
  return { again: label('again'), hard: label('hard'), good: label('good'), easy: label('easy') };
}

/** Whether the highlight should be shown at `now`. */
export function isDue(state: ReviewState, now: Date): boolean {
  return Date.parse(state.due) <= now.getTime();
}
