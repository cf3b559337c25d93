const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * A duration as the interface words it, without the words: `{ count: 10, unit: 'minute' }`. The
 * review page renders it with `review.interval` ("10 min", "4 days" / "10 Min.", "4 Tage").
 */
export interface Interval {
  count: number;
  unit: IntervalUnit;
}

/**
 * A duration rounded for an answer button: 1 min, 10 min, 3 hours, 1 day, 4 days, 3 weeks,
 * 5 months, 1.5 years. Rounds to the nearest unit; never below 1 minute.
 */
export function intervalOf(ms: number): Interval {
  if (ms < HOUR - MINUTE / 2)
    return { count: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (ms < DAY - HOUR / 2) return { count: Math.round(ms / HOUR), unit: 'hour' };
  const days = Math.round(ms / DAY);
  if (days < 14) return { count: days, unit: 'day' };
  if (days < 60) return { count: Math.round(days / 7), unit: 'week' };
  if (days < 365) return { count: Math.round(days / 30.44), unit: 'month' };
  const years = Math.round((days / 365.25) * 10) / 10;
  return { count: years >= 10 ? Math.round(years) : years, unit: 'year' };
}
