import type { ManifestEntry } from './manifest';

export type LibrarySort = 'newest' | 'oldest' | 'title';

export const LIBRARY_SORTS: Record<LibrarySort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title A–Z',
};

export function parseLibrarySort(value: string | null | undefined): LibrarySort {
  return value === 'oldest' || value === 'title' ? value : 'newest';
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Sorts a copy. Undated and broken entries go last in date order; ties fall back to title. */
export function sortEntries(entries: readonly ManifestEntry[], sort: LibrarySort): ManifestEntry[] {
  const title = (e: ManifestEntry) => e.summary?.title ?? e.file;
  const byTitle = (a: ManifestEntry, b: ManifestEntry) => collator.compare(title(a), title(b));
  return [...entries].sort((a, b) => {
    if (sort === 'title') return byTitle(a, b);
    const da = a.summary?.date?.iso;
    const db = b.summary?.date?.iso;
    if (da && db && da !== db)
      return sort === 'newest' ? db.localeCompare(da) : da.localeCompare(db);
    if (da && !db) return -1;
    if (!da && db) return 1;
    return byTitle(a, b);
  });
}
