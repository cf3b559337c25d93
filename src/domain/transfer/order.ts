import type { BackupData } from './types';

/** Code-unit order, the same order IndexedDB keeps string keys in. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => compareKeys(key(a), key(b)));
}

/** The primary key of a record of each table. */
export const RECORD_KEY = {
  highlights: (r: { id: string }) => r.id,
  articleStates: (r: { articleId: string }) => r.articleId,
  tags: (r: { id: string }) => r.id,
  colors: (r: { id: string }) => r.id,
  links: (r: { id: string }) => r.id,
  reviews: (r: { highlightId: string }) => r.highlightId,
  userArticles: (r: { id: string }) => r.id,
} as const;

/** A copy of `data` with every table sorted by its primary key: two dumps of the same data are equal. */
export function sortBackupData(data: BackupData): BackupData {
  return {
    highlights: byKey(data.highlights, RECORD_KEY.highlights),
    articleStates: byKey(data.articleStates, RECORD_KEY.articleStates),
    tags: byKey(data.tags, RECORD_KEY.tags),
    colors: byKey(data.colors, RECORD_KEY.colors),
    links: byKey(data.links, RECORD_KEY.links),
    reviews: byKey(data.reviews, RECORD_KEY.reviews),
    userArticles: byKey(data.userArticles, RECORD_KEY.userArticles),
  };
}
