import fc from 'fast-check';
import { type Card, createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { grade, newReviewState } from './scheduler';
import { REVIEW_RATINGS, type ReviewRating, type ReviewState } from './types';

const T0 = Date.parse('2025-03-01T09:00:00.000Z');
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

const rating = fc.constantFrom(...REVIEW_RATINGS);
/** Time between two answers: seconds to a year; negative when the clock went back. */
const gap = fc.oneof(
  fc.integer({ min: 0, max: 30 * MIN }),
  fc.integer({ min: 0, max: 365 * DAY }),
  fc.integer({ min: -2 * DAY, max: 0 }),
);
const steps = fc.array(fc.record({ rating, gap }), { minLength: 1, maxLength: 25 });

describe('grade, for any sequence of answers', () => {
  it('never schedules before the review time, counts every answer and keeps a valid state', () => {
    fc.assert(
      fc.property(steps, fc.boolean(), (answers, fuzz) => {
        let s = newReviewState('h1', new Date(T0));
        let clock = T0;
        answers.forEach((a, i) => {
          clock += a.gap;
          const reviewedAt = Math.max(clock, Date.parse(s.lastReview ?? '') || clock);
          const previous = s;
          s = grade(s, a.rating, new Date(clock), { fuzz });
          expect(Date.parse(s.due)).toBeGreaterThanOrEqual(reviewedAt);
          expect(s.lastReview).toBe(new Date(reviewedAt).toISOString());
          expect(s.reps).toBe(i + 1);
          expect(s.lapses).toBeGreaterThanOrEqual(previous.lapses);
          expect(s.lapses).toBeLessThanOrEqual(s.reps);
          expect([1, 2, 3]).toContain(s.state);
          expect(s.stability).toBeGreaterThan(0);
          expect(s.difficulty).toBeGreaterThanOrEqual(1);
          expect(s.difficulty).toBeLessThanOrEqual(10);
          expect(s.highlightId).toBe('h1');
        });
      }),
    );
  });

  it('gives what ts-fsrs gives when it keeps its whole card (the stored record loses nothing)', () => {
    const forward = fc.array(
      fc.record({ rating, gap: fc.oneof(fc.nat(30 * MIN), fc.nat(365 * DAY)) }),
      { minLength: 1, maxLength: 25 },
    );
    const grades: Record<ReviewRating, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy> = {
      again: Rating.Again,
      hard: Rating.Hard,
      good: Rating.Good,
      easy: Rating.Easy,
    };
    fc.assert(
      fc.property(forward, fc.boolean(), (answers, fuzz) => {
        const reference = fsrs({
          enable_fuzz: fuzz,
          learning_steps: ['10m'],
          relearning_steps: ['10m'],
        });
        let card: Card = createEmptyCard(new Date(T0));
        let s: ReviewState = newReviewState('h1', new Date(T0));
        let clock = T0;
        for (const a of answers) {
          clock += a.gap;
          card = reference.next(card, new Date(clock), grades[a.rating]).card;
          s = grade(s, a.rating, new Date(clock), { fuzz });
          expect(s).toStrictEqual({
            highlightId: 'h1',
            due: card.due.toISOString(),
            stability: card.stability,
            difficulty: card.difficulty,
            reps: card.reps,
            lapses: card.lapses,
            state: card.state,
            lastReview: card.last_review?.toISOString(),
          });
        }
      }),
    );
  });
});
