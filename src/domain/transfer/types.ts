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
  version: 1;
  /** ISO timestamp. */
  exportedAt: string;
  app: { name: 'Sidenote'; schemaVersion: number };
  data: BackupData;
}

/** One thing wrong with an imported file: where (`data.highlights[3].note`) and what. */
export interface TransferError {
  /** Where in the file, as a JavaScript-like path; empty for the file as a whole. */
  path: string;
  message: string;
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
