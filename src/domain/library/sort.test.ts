import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from './manifest';
import { parseLibrarySort, sortEntries } from './sort';

const entry = (id: string, title: string, iso?: string): ManifestEntry => ({
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
  it('does not change the list it was given', () => {
    sortEntries(list, 'title');
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('reads unknown sort names as newest first', () => {
    expect(parseLibrarySort('bogus')).toBe('newest');
    expect(parseLibrarySort('title')).toBe('title');
  });
});
