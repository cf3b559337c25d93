import { describe, expect, it } from 'vitest';
import { grade, isDue, newReviewState, previewIntervals } from './scheduler';
import { intervalOf } from './format-interval';
import { REVIEW_PHASE, REVIEW_RATINGS, type ReviewRating, type ReviewState } from './types';

// Fuzz off: these tests assert exact intervals. (With fuzz on the result is still a function of
// the input, see `fuzz` below.)
const exact = { fuzz: false };
const T0 = new Date('2025-03-01T09:00:00.000Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

const at = (ms: number) => new Date(T0.getTime() + ms);
const wait = (s: ReviewState) => Date.parse(s.due) - Date.parse(s.lastReview ?? '');

function gradeFresh(rating: ReviewRating): ReviewState {
  return grade(newReviewState('h1', T0), rating, T0, exact);
}

/** A card graduated with "good" and now reviewed when due. */
function reviewCard(): ReviewState {
  return gradeFresh('good');
}

describe('newReviewState', () => {
  it('is new, due now, never reviewed', () => {
    expect(newReviewState('h1', T0)).toStrictEqual({
      highlightId: 'h1',
      due: T0.toISOString(),
      stability: 0,
      difficulty: 0,
      reps: 0,
      lapses: 0,
      state: REVIEW_PHASE.new,
    });
  });
});

describe('grade', () => {
  it('"again" on a new highlight brings it back in 10 minutes, still learning', () => {
    const s = gradeFresh('again');
    expect(s.state).toBe(REVIEW_PHASE.learning);
    expect(s.due).toBe(at(10 * MIN).toISOString());
    expect(s.lastReview).toBe(T0.toISOString());
    expect(s.reps).toBe(1);
    expect(s.highlightId).toBe('h1');
  });

  it('"good" graduates a new highlight by days, "easy" further, "hard" stays in minutes', () => {
    expect(wait(gradeFresh('hard'))).toBe(15 * MIN);
    expect(gradeFresh('good')).toMatchObject({
      state: REVIEW_PHASE.review,
      due: at(2 * DAY).toISOString(),
    });
    expect(wait(gradeFresh('easy'))).toBe(8 * DAY);
  });

  it('on a review, again < hard < good < easy', () => {
    const card = reviewCard();
    const now = new Date(card.due);
    const waits = (['again', 'hard', 'good', 'easy'] as const).map((r) =>
      wait(grade(card, r, now, exact)),
    );
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(new Set(waits).size).toBe(4);
    expect(waits[0]).toBe(10 * MIN);
  });

  it('successive "good" answers, each on the due date, give longer and longer intervals', () => {
    let s = newReviewState('h1', T0);
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      s = grade(s, 'good', new Date(s.due), exact);
      intervals.push(wait(s));
    }
    for (let i = 1; i < intervals.length; i++) {
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1] ?? Infinity);
    }
    expect(s.reps).toBe(6);
    expect(s.lapses).toBe(0);
  });

  it('forgetting a review counts a lapse and relearns it; "good" then graduates it again', () => {
    const card = reviewCard();
    const forgot = grade(card, 'again', new Date(card.due), exact);
    expect(forgot).toMatchObject({ state: REVIEW_PHASE.relearning, lapses: 1 });
    expect(wait(forgot)).toBe(10 * MIN);
    expect(forgot.stability).toBeLessThan(card.stability);
    const relearned = grade(forgot, 'good', new Date(forgot.due), exact);
    expect(relearned.state).toBe(REVIEW_PHASE.review);
    expect(wait(relearned)).toBeGreaterThanOrEqual(DAY);
  });

  it('does not change the state it is given', () => {
    const card = Object.freeze(reviewCard());
    const copy = { ...card };
    grade(card, 'easy', new Date(card.due), exact);
    expect(card).toStrictEqual(copy);
  });

  it('survives a clock that went back: grades at the last review time instead', () => {
    const card = reviewCard();
    const s = grade(card, 'good', at(-DAY), exact);
    expect(s.lastReview).toBe(card.lastReview);
    expect(Date.parse(s.due)).toBeGreaterThan(T0.getTime());
  });

  it('fuzzes by default: spread a little, yet the same result for the same input', () => {
    let s = newReviewState('h1', T0);
    let differs = 0;
    for (let i = 0; i < 6; i++) {
      const now = new Date(s.due);
      const fuzzed = grade(s, 'good', now);
      expect(grade(s, 'good', now)).toStrictEqual(fuzzed);
      const exactWait = wait(grade(s, 'good', now, exact));
      expect(Math.abs(wait(fuzzed) - exactWait)).toBeLessThanOrEqual(exactWait * 0.2);
      if (wait(fuzzed) !== exactWait) differs++;
      s = grade(s, 'good', now, exact);
    }
    expect(differs).toBeGreaterThan(0);
  });

  it('rejects a state number the scheduler does not know', () => {
    expect(() => grade({ ...reviewCard(), state: 7 }, 'good', T0)).toThrow(RangeError);
  });
});

describe('previewIntervals', () => {
  it('labels the buttons of a new highlight', () => {
    expect(previewIntervals(newReviewState('h1', T0), T0, exact)).toEqual({
      again: { count: 10, unit: 'minute' },
      hard: { count: 15, unit: 'minute' },
      good: { count: 2, unit: 'day' },
      easy: { count: 8, unit: 'day' },
    });
  });

  it('labels each button with what grading it would do', () => {
    const card = reviewCard();
    const now = at(3 * DAY);
    const labels = previewIntervals(card, now, exact);
    expect(labels).toEqual({
      again: { count: 10, unit: 'minute' },
      hard: { count: 9, unit: 'day' },
      good: { count: 2, unit: 'week' },
      easy: { count: 3, unit: 'week' },
    });
    for (const rating of REVIEW_RATINGS) {
      const next = grade(card, rating, now, exact);
      expect(labels[rating]).toEqual(intervalOf(Date.parse(next.due) - now.getTime()));
    }
  });
});

describe('isDue', () => {
  it('is due from the due time on', () => {
    const s = gradeFresh('again');
    expect(isDue(s, at(10 * MIN - 1))).toBe(false);
    expect(isDue(s, at(10 * MIN))).toBe(true);
    expect(isDue(newReviewState('h1', T0), T0)).toBe(true);
  });
});
