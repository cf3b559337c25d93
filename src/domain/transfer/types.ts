/**
 * What Sidenote's export formats carry. Backups hold every table of the user's data; the record
 * shapes are the domain types the database stores (review and user-article rows are spelled out
 * here because the domain has no type for them yet; `src/db` checks they stay in step).
 */
import type {
  ArticleState,
  Highlight,
  HighlightColor,
  HighlightLink,
  Tag,
} from '@/domain/annotations/types';
import type { ArticleSummary } from '@/domain/article/types';

export const BACKUP_FORMAT = 'sidenote-backup';

/** Spaced-repetition state of one highlight, as stored in the `reviews` table. */
export interface BackupReview {
  highlightId: string;
  due: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview?: string;
}

/** An article the user added from a file, as stored in the `userArticles` table. */
export interface BackupUserArticle {
  id: string;
  fileName: string;
  raw: string;
  addedAt: string;
  /** What the library lists, parsed from `raw` when the article was added. */
  summary?: ArticleSummary;
}

/** Every table of user data, each sorted by id. */
export interface BackupData {
  highlights: Highlight[];
  articleStates: ArticleState[];
  tags: Tag[];
  colors: HighlightColor[];
  links: HighlightLink[];
  reviews: BackupReview[];
  userArticles: BackupUserArticle[];
}

export type TransferKind = keyof BackupData;

export const TRANSFER_KINDS: readonly TransferKind[] = [
  'highlights',
  'articleStates',
  'tags',
  'colors',
  'links',
  'reviews',
  'userArticles',
];

/** A backup file in the current format (older versions are migrated to this on import). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** `CURRENT_BACKUP_VERSION` (migrations.ts). */
  version: 2;
  /** ISO timestamp. */
  exportedAt: string;
  app: { name: 'Sidenote'; schemaVersion: number };
  data: BackupData;
}

/** What kind of value was found where another was expected (worded by `transfer.value.<kind>`). */
export interface DescribedValue {
  kind: 'null' | 'array' | 'string' | 'number' | 'someNumber' | 'boolean' | 'object' | 'nothing';
  /** The value as the file has it: `"red"`, `42`, `true`. */
  text?: string;
}

/** Values for an error's message; a `DescribedValue` is worded in the interface's language. */
export type TransferErrorParams = Record<string, string | number | DescribedValue>;

/**
 * Everything that can be wrong with an imported file. The interface words each as
 * `transfer.errors.<code>` (locales/<language>/transfer.json) with the error's params.
 */
export type TransferErrorCode =
  // "expected X, got {got}"
  | 'expected.string'
  | 'expected.id'
  | 'expected.timestamp'
  | 'expected.number'
  | 'expected.wholeNumber'
  | 'expected.oneOf'
  | 'expected.value'
  | 'expected.tagIds'
  | 'expected.list'
  | 'expected.object'
  | 'expected.typeName'
  | 'expected.iri'
  | 'expected.iriShort'
  | 'expected.address'
  // one field
  | 'tooLong'
  | 'tooLongPlain'
  | 'longerThan'
  | 'empty'
  | 'emptyId'
  | 'emptyQuote'
  | 'emptyLanguage'
  | 'emptyIri'
  | 'emptyAddress'
  | 'notRealDate'
  | 'wholeNumber'
  | 'zeroOrMore'
  | 'oneOrMore'
  | 'tooLarge'
  | 'tooSmall'
  | 'finite'
  | 'zeroToOne'
  | 'reviewState'
  | 'tooManyTags'
  | 'tooManyRecords'
  | 'sameTagTwice'
  | 'endBeforeStart'
  | 'linksItself'
  | 'articleDate'
  | 'missing'
  | 'unknownField'
  // the file as a whole
  | 'stoppedChecking'
  | 'binary'
  | 'notJsonAt'
  | 'notJsonCutOff'
  | 'notJson'
  | 'forbiddenKey'
  | 'tooDeep'
  | 'noText'
  | 'fileTooLarge'
  | 'emptyFile'
  | 'versionNewer'
  | 'versionUnknown'
  | 'upgradeFailed'
  | 'notBackupObject'
  | 'notBackupFormat'
  | 'unreadable'
  // references across the file
  | 'duplicate.id'
  | 'duplicate.article'
  | 'duplicate.tagName'
  | 'duplicate.linkPair'
  | 'duplicate.highlight'
  | 'missingColor'
  | 'missingTag'
  | 'missingHighlight'
  // Web Annotations
  | 'notAnnotationList'
  | 'tooManyAnnotations'
  | 'pageIsAddress'
  | 'expectedPage'
  | 'notWebAnnotation'
  | 'expectedAnnotation'
  | 'idTooLong'
  | 'oneTarget'
  | 'notArticleAddress'
  | 'notInLibrary'
  | 'noAnnotations'
  | 'tagIdConflict'
  | 'needsSelectors'
  // a message from elsewhere (valibot's own, the database), shown as it is: `{ message }`
  | 'other';

/** One thing wrong with an imported file: where (`data.highlights[3].note`) and what. */
export interface TransferError {
  /** Where in the file, as a JavaScript-like path; empty for the file as a whole. */
  path: string;
  code: TransferErrorCode;
  params?: TransferErrorParams;
}

/** What an accepted file holds, for the preview ("12 highlights, 3 notes …"). */
export interface BackupSummary {
  highlights: number;
  /** Highlights and articles with a note. */
  notes: number;
  tags: number;
  links: number;
  /** Distinct articles that have highlights or saved state. */
  articles: number;
  colors: number;
  reviews: number;
  userArticles: number;
}

export type ImportResult =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; errors: TransferError[] };
