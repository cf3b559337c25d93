import type { ArticleSummary } from '@/domain/article/types';
import type { SyncAccount } from './sync/records';

/**
 * Shapes of the rows Sidenote keeps in IndexedDB that have no domain type yet.
 * Highlights, tags, colours, links and article states are stored exactly as their domain types
 * (`@/domain/annotations/types`); when a domain type changes, bump the schema version and write an
 * upgrade (see README.md).
 */

/** Spaced-repetition state for one highlight: stored exactly as the review domain defines it. */
export type { ReviewState } from '@/domain/review/types';

/** An article the user added from a file, kept as the raw text it came in. */
export interface UserArticleRecord {
  id: string;
  fileName: string;
  raw: string;
  /** ISO timestamp. */
  addedAt: string;
  /** Parsed when added, so the library can list it without parsing again. */
  summary?: ArticleSummary;
}

/** Values kept in the `meta` table, by key. Add a key here to store something new. */
export interface MetaValues {
  /** ISO timestamp of the last successful export. */
  lastExportAt: string;
  /** This device's sync sign-in, when sync is on (see src/db/sync). */
  syncAccount: SyncAccount;
}

export type MetaKey = keyof MetaValues;

export type MetaRecord = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];
