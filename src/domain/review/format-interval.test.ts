import { describe, expect, it } from 'vitest';
import { formatInterval } from './format-interval';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
  it.each([
    [0, '1 min'],
    [20_000, '1 min'],
    [MIN, '1 min'],
    [10 * MIN, '10 min'],
    [15 * MIN, '15 min'],
    [59 * MIN, '59 min'],
    [HOUR, '1 hour'],
    [5 * HOUR, '5 hours'],
    [DAY, '1 day'],
    [4 * DAY, '4 days'],
    [13 * DAY, '13 days'],
    [14 * DAY, '2 weeks'],
    [21 * DAY, '3 weeks'],
    [59 * DAY, '8 weeks'],
    [60 * DAY, '2 months'],
    [200 * DAY, '7 months'],
    [365 * DAY, '1 year'],
    [548 * DAY, '1.5 years'],
    [4000 * DAY, '11 years'],
  ])('%d ms is "%s"', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
