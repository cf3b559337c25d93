import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../article/types';
import type { ManifestEntry } from './manifest';
import { parseLibrarySort, sortEntries } from './sort';

const entry = (
  id: string,
  title: string,
  iso?: string,
  more: Partial<ArticleSummary> = {},
): ManifestEntry => ({
  id,
  file: `${id}.txt`,
  size: 1,
  sha256: '',
  summary: {
    title,
    titleSource: 'text',
    language: 'de',
    wordCount: 10,
    readingMinutes: 1,
    excerpt: '',
    ...(iso ? { date: { iso, precision: iso.length === 7 ? 'month' : 'day' } } : {}),
    ...more,
  },
});

const list = [
  entry('a', 'Zeitenwende', '2022-10'),
  entry('b', 'Ärger in Brüssel'),
  entry('c', 'Atomkrieg', '2024-05-29'),
  entry('d', 'Nordkorea', '2024-05-01'),
];

describe('sortEntries', () => {
  it('puts the newest first and undated last', () => {
    expect(sortEntries(list, 'newest').map((e) => e.id)).toEqual(['c', 'd', 'a', 'b']);
  });
  it('puts the oldest first and still keeps undated last', () => {
    expect(sortEntries(list, 'oldest').map((e) => e.id)).toEqual(['a', 'd', 'c', 'b']);
  });
  it('sorts titles the German way (Ä with A)', () => {
    expect(sortEntries(list, 'title').map((e) => e.id)).toEqual(['b', 'c', 'd', 'a']);
  });
  it('keeps each outlet’s articles together, outlets A–Z, none last, newest first within', () => {
    const withOutlets = [
      entry('a', 'Zeitenwende', '2022-10', { source: 'WSWS.ORG' }),
      entry('b', 'Ärger in Brüssel'),
      entry('c', 'Atomkrieg', '2024-05-29', { outlet: 'wsws' }),
      entry('d', 'Nordkorea', '2024-05-01', { outlet: 'Infobae' }),
    ];
    expect(sortEntries(withOutlets, 'outlet').map((e) => e.id)).toEqual(['d', 'c', 'a', 'b']);
    expect(parseLibrarySort('outlet')).toBe('outlet');
  });
  it('does not change the list it was given', () => {
    sortEntries(list, 'title');
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('reads unknown sort names as newest first', () => {
    expect(parseLibrarySort('bogus')).toBe('newest');
    expect(parseLibrarySort('title')).toBe('title');
  });

  it('gives the order a plain collator sort gives, for any titles and dates', () => {
    const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
    const reference = (entries: ManifestEntry[], sort: 'newest' | 'oldest' | 'title') =>
      [...entries].sort((a, b) => {
        const byTitle = collator.compare(a.summary?.title ?? '', b.summary?.title ?? '');
        if (sort === 'title') return byTitle;
        const da = a.summary?.date?.iso;
        const db = b.summary?.date?.iso;
        if (da && db && da !== db)
          return sort === 'newest' ? db.localeCompare(da) : da.localeCompare(db);
        if (da && !db) return -1;
        if (!da && db) return 1;
        return byTitle;
      });
    const titles = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9 ,.„“:–é-]{0,12}$/);
    const dates = fc.option(fc.constantFrom('2022', '2022-10', '2024-05-01', '2024-05-29'));
    const lists = fc
      .array(fc.tuple(titles, dates), { maxLength: 30 })
      .map((rows) => rows.map(([title, iso], i) => entry(String(i), title, iso ?? undefined)));
    fc.assert(
      fc.property(
        lists,
        fc.constantFrom('newest', 'oldest', 'title') as fc.Arbitrary<'newest' | 'oldest' | 'title'>,
        (list, sort) => {
          expect(sortEntries(list, sort).map((e) => e.id)).toEqual(
            reference(list, sort).map((e) => e.id),
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
