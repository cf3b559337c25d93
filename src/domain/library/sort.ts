import type { ManifestEntry } from './manifest';
import { compareTitles } from './title-order';
import { summaryOutlet } from '../article/details';
import { outletKey } from '../article/outlets';

export type LibrarySort = 'newest' | 'oldest' | 'title' | 'outlet';

/** The sorts in the order the library offers them (labels: `library.sort.<sort>`). */
export const LIBRARY_SORTS: readonly LibrarySort[] = ['newest', 'oldest', 'title', 'outlet'];

export function parseLibrarySort(value: string | null | undefined): LibrarySort {
  return value === 'oldest' || value === 'title' || value === 'outlet' ? value : 'newest';
}

/**
 * Sorts a copy. Undated and broken entries go last in date order; ties fall back to title.
 * By outlet, articles of one outlet (`outletKey`, so spellings stay together) follow each other,
 * outlets A–Z and those without one last, newest first within each.
 * Titles are compared through a rank table (see `title-order.ts`) and dates compared as ISO strings, so 10,000
 * entries sort in a few milliseconds.
 */
export function sortEntries(entries: readonly ManifestEntry[], sort: LibrarySort): ManifestEntry[] {
  const keyed = entries.map((entry) => ({
    entry,
    iso: sort === 'title' ? undefined : entry.summary?.date?.iso,
    title: entry.summary?.title ?? entry.file,
    outlet: sort === 'outlet' && entry.summary ? outletKey(summaryOutlet(entry.summary)) : '',
  }));
  const newest = sort === 'newest' || sort === 'outlet';
  keyed.sort((a, b) => {
    if (a.outlet !== b.outlet) {
      if (!a.outlet || !b.outlet) return a.outlet ? -1 : 1;
      return a.outlet < b.outlet ? -1 : 1;
    }
    const da = a.iso;
    const db = b.iso;
    if (da && db && da !== db) return newest === da < db ? 1 : -1;
    if (da && !db) return -1;
    if (!da && db) return 1;
    return compareTitles(a.title, b.title);
  });
  return keyed.map((k) => k.entry);
}
