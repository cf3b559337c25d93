/**
 * An article's details (title, outlet, author, date, language, URL) as the reader sees them:
 * what they set or confirmed (`ArticleState.details`) wins, field by field; every other field is
 * what the parser derived from the file, and says so, until the reader confirms it.
 */
import { ARTICLE_DETAIL_FIELDS, type ArticleDetails } from '../annotations/types';
import { deriveOutlet } from './outlets';
import type { ArticleDate, ArticleSummary, DatePrecision } from './types';

export type DetailField = (typeof ARTICLE_DETAIL_FIELDS)[number];
export { ARTICLE_DETAIL_FIELDS };

/** What the parser's article or summary offers; `sourceLines` and `removed` only an article has. */
export interface DetailsInput {
  title: string;
  titleSource: 'text' | 'derived';
  byline?: string;
  date?: ArticleDate;
  source?: string;
  language: string;
  /** A summary's derived outlet and credited agency (see `summarizeArticle`). */
  outlet?: string;
  agency?: string;
  sourceLines?: readonly string[];
  removed?: readonly string[];
}

export interface ResolvedField {
  /** The value shown; undefined when neither the reader nor the file gives one. */
  value?: string;
  /** True when the value is the parser's (or there is none), false once the reader set it. */
  derived: boolean;
}

export type ResolvedDetails = Record<DetailField, ResolvedField> & {
  /** What the parser derived for each field, to show beside the reader's own value. */
  parser: Partial<Record<DetailField, string>>;
  /** An agency the file credits ("Mit Informationen von Reuters"), which is not the outlet. */
  agency?: string;
  /** The title shown was made from the first sentence (the file has none, the reader set none). */
  titleFromBody: boolean;
  /** The date shown, with its precision, for formatting. */
  articleDate?: ArticleDate;
};

/** The outlet the file names and the agency it credits, from an article or a summary. */
function outletOf(input: DetailsInput): { outlet?: string; agency?: string } {
  if (input.sourceLines !== undefined || input.removed !== undefined) return deriveOutlet(input);
  // A summary made before summaries carried `outlet`/`agency`: its source is all there is.
  if (input.outlet === undefined && input.agency === undefined) return { outlet: input.source };
  return { outlet: input.outlet, agency: input.agency };
}

/** The parser's value of every field it can derive (the URL it never can). */
export function derivedDetails(input: DetailsInput): {
  values: Partial<Record<DetailField, string>>;
  agency?: string;
} {
  const { outlet, agency } = outletOf(input);
  const found: Partial<Record<DetailField, string | undefined>> = {
    title: input.title,
    outlet,
    author: input.byline,
    date: input.date?.iso,
    language: input.language,
  };
  const values: Partial<Record<DetailField, string>> = {};
  for (const field of ARTICLE_DETAIL_FIELDS) {
    const value = found[field];
    if (value?.trim()) values[field] = value;
  }
  return agency ? { values, agency } : { values };
}

/** Each field: the reader's value if set, else the parser's, marked derived. */
export function resolveDetails(
  input: DetailsInput,
  details: ArticleDetails | undefined,
): ResolvedDetails {
  const { values: parser, agency } = derivedDetails(input);
  const field = (name: DetailField): ResolvedField => {
    const own = details?.[name];
    return own ? { value: own, derived: false } : { value: parser[name], derived: true };
  };
  const resolved: ResolvedDetails = {
    title: field('title'),
    outlet: field('outlet'),
    author: field('author'),
    date: field('date'),
    language: field('language'),
    url: field('url'),
    parser,
    titleFromBody: !details?.title && input.titleSource === 'derived',
  };
  if (agency) resolved.agency = agency;
  const date = detailDate(resolved.date.value);
  if (date) resolved.articleDate = date;
  return resolved;
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** Why a date or URL the reader typed cannot be kept (the interface words each code). */
export type DetailProblem =
  'date-format' | 'date-calendar' | 'url-format' | 'url-scheme' | 'language-format';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day of a real month; undefined when it is not. */
export function detailDate(value: string | undefined): ArticleDate | undefined {
  return value === undefined || checkDetailDate(value) ? undefined : toArticleDate(value);
}

function toArticleDate(value: string): ArticleDate {
  const parts = value.trim().split('-');
  const precision: DatePrecision =
    parts.length === 1 ? 'year' : parts.length === 2 ? 'month' : 'day';
  return { iso: value.trim(), precision };
}

/** Undefined for a good date (or a blank one); else what is wrong with it. */
export function checkDetailDate(value: string): DetailProblem | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const m = DATE_SHAPE.exec(text);
  if (!m) return 'date-format';
  const [, year, month, day] = m;
  if (month === undefined) return undefined;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return 'date-calendar';
  if (day === undefined) return undefined;
  const dd = Number(day);
  const last = new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
  return dd < 1 || dd > last ? 'date-calendar' : undefined;
}

/** Undefined for an http(s) address (or a blank one); else what is wrong with it. */
export function checkDetailUrl(value: string): DetailProblem | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'url-format';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url-scheme';
  return url.hostname ? undefined : 'url-format';
}

/** A BCP 47-looking tag ("de", "en-GB"); undefined when it is one (or blank). */
export function checkDetailLanguage(value: string): DetailProblem | undefined {
  const text = value.trim();
  return text === '' || /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/iu.test(text)
    ? undefined
    : 'language-format';
}

/** Every problem of a set of typed values, by field; empty when all can be kept. */
export function checkDetails(
  values: Partial<Record<DetailField, string>>,
): Partial<Record<DetailField, DetailProblem>> {
  const problems: Partial<Record<DetailField, DetailProblem>> = {};
  const date = values.date === undefined ? undefined : checkDetailDate(values.date);
  if (date) problems.date = date;
  const url = values.url === undefined ? undefined : checkDetailUrl(values.url);
  if (url) problems.url = url;
  const language = values.language === undefined ? undefined : checkDetailLanguage(values.language);
  if (language) problems.language = language;
  return problems;
}

/**
 * The summary as the library shows it: title, author, date, language and outlet as the reader
 * set them (see `resolveDetails`). The same object when the reader set nothing, so memoised
 * cards are not drawn again for nothing; read its outlet with `summaryOutlet` either way.
 */
export function applyDetails(
  summary: ArticleSummary,
  details: ArticleDetails | undefined,
): ArticleSummary {
  if (!details) return summary;
  const resolved = resolveDetails(summary, details);
  const next: ArticleSummary = {
    ...summary,
    title: resolved.title.value ?? summary.title,
    titleSource: resolved.titleFromBody ? 'derived' : 'text',
    language: resolved.language.value ?? summary.language,
  };
  const optional = {
    byline: resolved.author.value,
    date: resolved.articleDate,
    outlet: resolved.outlet.value,
  } as const;
  if (optional.byline) next.byline = optional.byline;
  else delete next.byline;
  if (optional.date) next.date = optional.date;
  else delete next.date;
  if (optional.outlet) next.outlet = optional.outlet;
  else delete next.outlet;
  return next;
}

/** The outlet a summary (or an article) stands for, before the reader's details. */
export function summaryOutlet(input: DetailsInput): string | undefined {
  return outletOf(input).outlet;
}
