const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * A duration as a short label for an answer button: "1 min", "10 min", "3 hours", "1 day",
 * "4 days", "3 weeks", "5 months", "1.5 years". Rounds to the nearest unit; never below "1 min".
 */
export function formatInterval(ms: number): string {
  if (ms < HOUR - MINUTE / 2) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < DAY - HOUR / 2) return plural(Math.round(ms / HOUR), 'hour');
  const days = Math.round(ms / DAY);
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.round(days / 7), 'week');
  if (days < 365) return plural(Math.round(days / 30.44), 'month');
  const years = Math.round((days / 365.25) * 10) / 10;
  return plural(years >= 10 ? Math.round(years) : years, 'year');
}
