import { describe, expect, it } from 'vitest';
import { intervalOf, type IntervalUnit } from './format-interval';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('intervalOf', () => {
  it.each<[number, number, IntervalUnit]>([
    [0, 1, 'minute'],
    [20_000, 1, 'minute'],
    [MIN, 1, 'minute'],
    [10 * MIN, 10, 'minute'],
    [15 * MIN, 15, 'minute'],
    [59 * MIN, 59, 'minute'],
    [HOUR, 1, 'hour'],
    [5 * HOUR, 5, 'hour'],
    [DAY, 1, 'day'],
    [4 * DAY, 4, 'day'],
    [13 * DAY, 13, 'day'],
    [14 * DAY, 2, 'week'],
    [21 * DAY, 3, 'week'],
    [59 * DAY, 8, 'week'],
    [60 * DAY, 2, 'month'],
    [200 * DAY, 7, 'month'],
    [365 * DAY, 1, 'year'],
    [548 * DAY, 1.5, 'year'],
    [4000 * DAY, 11, 'year'],
  ])('%d ms is %d %s', (ms, count, unit) => {
    expect(intervalOf(ms)).toEqual({ count, unit });
  });
});
