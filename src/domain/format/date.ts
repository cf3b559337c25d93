import type { ArticleDate } from '../article/types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "29 May 2024", "October 2022" or "2022": as precise as the article says, never more. */
export function formatArticleDate(date: ArticleDate | undefined): string {
  if (!date) return '';
  const [year, month, day] = date.iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (date.precision === 'day' && day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (date.precision !== 'year' && monthName) return `${monthName} ${year}`;
  return year ?? '';
}

export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** "WSWS.ORG · 29 May 2024 · 9 min read": the parts the article has, in a fixed order. */
export function articleDetail(parts: {
  source?: string;
  date?: ArticleDate;
  readingMinutes?: number;
}): string {
  return [
    parts.source,
    formatArticleDate(parts.date),
    parts.readingMinutes ? formatReadingTime(parts.readingMinutes) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
