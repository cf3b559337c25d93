import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../article/types';
import type { ManifestEntry } from './manifest';
import {
  articleOutlets,
  matchesOutlet,
  NO_OUTLET_KEY,
  outletOptions,
  readOutletParam,
  withOutletParam,
} from './outlets';

const entry = (id: string, more: Partial<ArticleSummary> = {}): ManifestEntry => ({
  id,
  file: `${id}.txt`,
  size: 1,
  sha256: id,
  summary: {
    title: id,
    titleSource: 'text',
    language: 'de',
    wordCount: 1,
    readingMinutes: 1,
    excerpt: '',
    ...more,
  },
});

const ENTRIES = [
  entry('a', { source: 'WSWS.ORG', outlet: 'WSWS.ORG' }),
  entry('b', { source: 'wsws' }),
  entry('c', { source: 'Reuters', agency: 'Reuters' }),
  entry('d', { source: 'Reuters', outlet: 'Infobae', agency: 'Reuters' }),
  { id: 'broken', file: 'broken.txt', size: 0, sha256: '', error: { code: 'empty' } },
] satisfies ManifestEntry[];

describe('outlets across the library', () => {
  it('resolves each article’s outlet, the reader’s first, and groups spellings', () => {
    const outlets = articleOutlets(ENTRIES, { c: { details: { outlet: 'infobae.com' } } });
    expect(Object.fromEntries(outlets)).toEqual({
      a: { key: 'wsws', name: 'WSWS.ORG' },
      b: { key: 'wsws', name: 'wsws' },
      c: { key: 'infobae', name: 'infobae.com' },
      d: { key: 'infobae', name: 'Infobae' },
    });
    expect(outletOptions(outlets).map((o) => [o.key, o.count])).toEqual([
      ['infobae', 2],
      ['wsws', 2],
    ]);
  });

  it('lists "no outlet" last, for articles with none', () => {
    const outlets = articleOutlets(ENTRIES, {});
    expect(outletOptions(outlets)).toEqual([
      { key: 'infobae', name: 'Infobae', count: 1 },
      { key: 'wsws', name: 'WSWS.ORG', count: 2 },
      { key: NO_OUTLET_KEY, name: '', count: 1 },
    ]);
    expect(matchesOutlet(outlets, 'c', [NO_OUTLET_KEY])).toBe(true);
    expect(matchesOutlet(outlets, 'a', ['infobae', 'wsws'])).toBe(true);
    expect(matchesOutlet(outlets, 'a', ['infobae'])).toBe(false);
    expect(matchesOutlet(outlets, 'a', [])).toBe(true);
  });

  it('keeps the filter in the URL beside the other parameters', () => {
    const params = withOutletParam(new URLSearchParams('sort=title&tag=NATO'), ['wsws', 'rtde']);
    expect(params.toString()).toBe('sort=title&tag=NATO&outlet=wsws%2Crtde');
    expect(readOutletParam(params)).toEqual(['wsws', 'rtde']);
    expect(readOutletParam(new URLSearchParams('outlet=a&outlet=a,,b'))).toEqual(['a', 'b']);
    expect(withOutletParam(params, []).toString()).toBe('sort=title&tag=NATO');
  });
});
