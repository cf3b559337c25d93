/**
 * Dates as they appear on their own line in German and English news pages ("29. Mai 2024",
 * "29.05.2024", "2024-05-29", "May 29, 2024", "Mai 2024"), and the corpus's ` date YYYY-MM `
 * marker at the very start of a file. Only short standalone lines are considered: a date
 * inside a sentence ("Am 14. März beschrieb …") is prose, not metadata.
 */
import type { ArticleDate } from './types';

// prettier-ignore
const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, january: 1,
  februar: 2, feber: 2, feb: 2, february: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12, december: 12, dec: 12,
};

const MAX_DATE_LINE = 80;
const PREFIX =
  /^(?:veröffentlicht|publiziert|erschienen|aktualisiert|published|updated|posted|datum|date|stand)(?:\s+(?:am|on))?\s*:?\s*/u;
const WEEKDAY =
  /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*/u;
const TRAILING_TIME =
  /(?:\s*[,|–—-]\s*|\s+)(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?(?:\s+(?:mez|mesz|utc|cet|cest|gmt))?$/u;
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s*(\p{L}+)\.?\s+(\d{4})$/u;
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
const NUMERIC_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:t[\d:.+z-]*)?$/;
const MONTH_YEAR = /^(\p{L}+)\.?\s+(\d{4})$/u;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MARKER = /^\s*date\s+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?=\s|$)/i;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a validated date; undefined when the parts do not make a real date. */
export function makeDate(year: number, month?: number, day?: number): ArticleDate | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return undefined;
  if (month === undefined) return { iso: String(year), precision: 'year' };
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return { iso: `${year}-${pad(month)}`, precision: 'month' };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** A date with a month name; undefined when the name is not a month. */
function named(year: string, monthName: string, day?: string): ArticleDate | undefined {
  const month = Object.hasOwn(MONTHS, monthName) ? MONTHS[monthName] : undefined;
  if (month === undefined) return undefined;
  return makeDate(Number(year), month, day === undefined ? undefined : Number(day));
}

/** Parses a line that is nothing but a date (with optional weekday, prefix word or time). */
export function parseDateLine(line: string): ArticleDate | undefined {
  if (line.length > MAX_DATE_LINE) return undefined;
  const s = line
    .toLowerCase()
    .trim()
    .replace(PREFIX, '')
    .replace(WEEKDAY, '')
    .replace(TRAILING_TIME, '')
    .replace(/[\s,]+$/, '')
    .replace(/(\d{4})\.$/, '$1');
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) return named(m[3] ?? '', m[2] ?? '', m[1]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return named(m[3] ?? '', m[1] ?? '', m[2]);
  m = NUMERIC_DMY.exec(s);
  if (m) return makeDate(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
  m = ISO_DAY.exec(s);
  if (m) return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_YEAR.exec(s);
  if (m) return named(m[2] ?? '', m[1] ?? '');
  m = ISO_MONTH.exec(s);
  if (m) return makeDate(Number(m[1]), Number(m[2]));
  return undefined;
}

export interface DateMarker {
  date: ArticleDate;
  /** The rest of the line after the marker, untrimmed. */
  rest: string;
}

/** The corpus marker ` date 2024-05 ` at the start of the first line, if it is a valid date. */
export function parseDateMarker(line: string): DateMarker | undefined {
  const m = MARKER.exec(line.slice(0, 40));
  if (!m) return undefined;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const date = makeDate(Number(m[1]), month, day);
  return date ? { date, rest: line.slice(m[0].length) } : undefined;
}

/** True when one date refines the other ("2024-05" and "2024-05-29"). */
export function datesAgree(a: ArticleDate, b: ArticleDate): boolean {
  return a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
}

const RANK = { year: 0, month: 1, day: 2 } as const;

/** The more precise of two agreeing dates. */
export function morePrecise(a: ArticleDate, b: ArticleDate): ArticleDate {
  return RANK[b.precision] > RANK[a.precision] ? b : a;
}
