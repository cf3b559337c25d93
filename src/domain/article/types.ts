/**
 * The article model. An article is one normalised string `text`; everything the reader shows
 * as article body is a paragraph, a `[start, end)` range into that string. Highlights anchor
 * against `text`, so nothing else may own or re-derive article text.
 */

/** body: the article's prose. caption: photo captions and credits. meta: teasers, datelines
 * and other text that belongs to the page but not to the argument. */
export type ParagraphKind = 'body' | 'caption' | 'meta';

export interface Paragraph {
  /** Offset of the first character in `Article.text`. */
  start: number;
  /** Offset one past the last character in `Article.text`. */
  end: number;
  kind: ParagraphKind;
  /** BCP 47 language of this paragraph when it differs from the article's (e.g. an English teaser). */
  lang?: string;
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface ArticleDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
  iso: string;
  precision: DatePrecision;
}

export interface Article {
  /** The file name without `.txt`. */
  id: string;
  title: string;
  /** `text` when the file had a title line; `derived` when Sidenote made one from the body. */
  titleSource: 'text' | 'derived';
  subtitle?: string;
  /** The author(s), without the leading "von"/"by". */
  byline?: string;
  date?: ArticleDate;
  /** The outlet or agency the text came from, when the file says so ("WSWS.ORG", "RT DE"). */
  source?: string;
  /** Trailing provenance lines exactly as in the file ("Quelle: RT DE", "Übersetzt mit deepl.com"). */
  sourceLines: string[];
  /** BCP 47 language of the body, e.g. `de`. */
  language: string;
  /** The normalised article text; paragraphs are ranges into it, separated by "\n\n". */
  text: string;
  paragraphs: Paragraph[];
  /** Words in body paragraphs. */
  wordCount: number;
  /** Whole minutes at a steady reading pace, at least 1. */
  readingMinutes: number;
  /** Page furniture dropped from `text` (share buttons, widget words), kept so the Original view can explain it. */
  removed: string[];
}

/** What the library needs to list an article without loading it. */
export interface ArticleSummary {
  title: string;
  titleSource: 'text' | 'derived';
  subtitle?: string;
  byline?: string;
  date?: ArticleDate;
  source?: string;
  /**
   * The outlet that published the text, as `deriveOutlet` (outlets.ts) reads the file: unlike
   * `source`, never an agency credit, and a known outlet named in page furniture counts.
   */
  outlet?: string;
  /** An agency the file credits ("Mit Informationen von Reuters"), which is not the outlet. */
  agency?: string;
  language: string;
  wordCount: number;
  readingMinutes: number;
  /** The first ~200 characters of body text, cut at a word boundary. */
  excerpt: string;
}

export type ArticleErrorCode = 'empty' | 'not-utf8' | 'not-text' | 'missing' | 'unreadable';

/** What exactly went wrong, where the code alone says too little; it picks the message shown. */
export type ArticleErrorReason =
  /** The file has text, but only page furniture (share buttons, source lines). */
  | 'no-article-text'
  /** A seed file could not be downloaded. */
  | 'download-failed'
  /** A seed file is in the manifest but not on the server. */
  | 'not-in-seeds'
  /** An article the user added was removed from their library. */
  | 'removed'
  /** An article the user added that has no summary yet: opening it reads it. */
  | 'not-summarised';

/**
 * A problem with an article file, as a code the interface translates (`errors.article.*`, see
 * `articleErrorMessage` in src/shared/article-error-message.ts): no English here.
 */
export interface ArticleError {
  code: ArticleErrorCode;
  reason?: ArticleErrorReason;
  /** The file it is about, for messages that name it. */
  file?: string;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; error: ArticleError };
