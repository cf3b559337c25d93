import type { ArticleDate } from '../article/types';

/**
 * Intl's locale for an article's language. Plain "en" would be American ("May 29, 2024"); the
 * articles' own English is British-style, day first, as it always was here.
 */
function dateLocale(language: string): string {
  const tag = language.trim() || 'en';
  return tag.toLowerCase() === 'en' ? 'en-GB' : tag;
}

const PRECISION_OPTIONS = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * "29 May 2024", "29. Mai 2024", "Oktober 2022" or "2022": as precise as the article says, never
 * more, in the article's own language (an article's dates follow its text, not the interface).
 */
export function formatArticleDate(date: ArticleDate | undefined, language = 'en'): string {
  if (!date) return '';
  const [year, month = '1', day = '1'] = date.iso.split('-');
  const moment = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(moment.getTime())) return year ?? '';
  try {
    return formatter(dateLocale(language), date.precision).format(moment);
  } catch {
    // A language tag Intl does not accept: the date in English rather than none.
    return formatter('en-GB', date.precision).format(moment);
  }
}

/**
 * Making an Intl.DateTimeFormat costs about a hundred times as much as formatting with one
 * (0.17 ms against 2 µs in Node), and every library card and reader header formats a date: one
 * per locale and precision is kept (benchmark rows 3 and 6).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: ArticleDate['precision']): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let made = formatters.get(key);
  if (!made)
    formatters.set(key, (made = new Intl.DateTimeFormat(locale, PRECISION_OPTIONS[precision])));
  return made;
}

/**
 * Makes (and keeps) the formatter for a day-precise date in `language`, as formatArticleDate
 * would: the first one for a language also loads its data, which is best done ahead of a render.
 */
export function prepareArticleDate(language: string): void {
  try {
    formatter(dateLocale(language), 'day');
  } catch {
    // A language tag Intl does not accept: formatArticleDate falls back to English.
  }
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/**
 * "WSWS.ORG · 29 May 2024 · 9 min read": the parts the article has, in a fixed order. The date
 * follows the article's `language`; `readingTime` is the interface's words for the minutes.
 */
export function articleDetail(parts: {
  source?: string;
  date?: ArticleDate;
  language?: string;
  readingMinutes?: number;
  readingTime?: (minutes: number) => string;
}): string {
  const readingTime = parts.readingTime ?? formatReadingTime;
  return [
    parts.source,
    formatArticleDate(parts.date, parts.language),
    parts.readingMinutes ? readingTime(parts.readingMinutes) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
