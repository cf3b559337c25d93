/** Search over the five shipped seed articles, parsed with the real article parser. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index';
import { foldGerman } from '../text/fold';
import { search } from './search';
import { loadSeeds, makeHighlight, makeTag } from './search-fixtures';
import type { SearchResult } from './types';

const seeds = loadSeeds();
const byId = new Map(seeds.map((a) => [a.id, a]));
const seed003 = seeds.find((a) => a.id.startsWith('003_'));
if (!seed003) throw new Error('seed 003 is missing');
const highlight = makeHighlight(
  'h1',
  seed003,
  'NATO-Außenminister',
  'Wer genau war beim Treffen in Brüssel?',
  ['t1'],
);
const index = buildSearchIndex({
  articles: seeds,
  highlights: [highlight],
  tags: [makeTag('t1', 'Diplomatie')],
});

const paragraphText = (r: SearchResult) => byId.get(r.articleId)?.text.slice(r.start, r.end) ?? '';
const matched = (r: SearchResult) =>
  r.snippet.matches.map((m) => r.snippet.text.slice(m.start, m.end));
const articlesOf = (results: SearchResult[]) =>
  [...new Set(results.map((r) => r.articleId.slice(0, 3)))].sort();

describe('search over the seeds', () => {
  it('finds Stoltenberg in every paragraph that names him, with exact snippet ranges', () => {
    const hits = search(index, 'Stoltenberg', { kinds: ['paragraph'], limit: 500 });
    const expected = seeds.flatMap((a) =>
      a.paragraphs
        .filter((p) => a.text.slice(p.start, p.end).includes('Stoltenberg'))
        .map((p) => `${a.id}@${p.start}`),
    );
    expect(hits.map((r) => `${r.articleId}@${r.start}`).sort()).toEqual(expected.sort());
    for (const r of hits) {
      expect(paragraphText(r)).toContain('Stoltenberg');
      expect(matched(r)[0]).toMatch(/^Stoltenberg/);
    }
    expect(articlesOf(hits)).toEqual(['000', '002', '003', '004']);
  });

  it('finds the typo "Stoltenbrg" wherever "Stoltenberg" is found', () => {
    const exact = search(index, 'Stoltenberg', { kinds: ['paragraph'], limit: 500 });
    const typo = search(index, 'Stoltenbrg', { kinds: ['paragraph'], limit: 500 });
    const typoKeys = new Set(typo.map((r) => `${r.articleId}@${r.start}`));
    for (const r of exact) expect(typoKeys.has(`${r.articleId}@${r.start}`)).toBe(true);
  });

  it('finds Außenminister (and its compounds by prefix) in all five seeds', () => {
    for (const q of ['Außenminister', 'aussenminister', 'AUSSENMINISTER']) {
      const hits = search(index, q, { kinds: ['paragraph'], limit: 500 });
      expect(articlesOf(hits)).toEqual(['000', '001', '002', '003', '004']);
      for (const r of hits) {
        for (const word of matched(r)) expect(foldGerman(word)).toContain('aussenminister');
      }
    }
  });

  it('finds "Bundnis" typed without dots in every seed that has Bündnis', () => {
    const hits = search(index, 'Bundnis', { kinds: ['paragraph'], limit: 500 });
    expect(articlesOf(hits)).toEqual(['000', '002', '003', '004']);
    expect(hits.some((r) => matched(r).includes('Bündnis'))).toBe(true);
  });

  it('keeps only paragraphs with the exact phrase', () => {
    const loose = search(index, 'strategische Niederlage', { kinds: ['paragraph'], limit: 500 });
    const phrase = search(index, '„strategische Niederlage“', { kinds: ['paragraph'], limit: 500 });
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThanOrEqual(loose.length);
    for (const r of phrase) {
      expect(foldGerman(paragraphText(r))).toMatch(/strategische niederlage/);
      expect(matched(r)).toContain('strategische Niederlage');
    }
  });

  it('returns the highlight with its note and tag on a seed', () => {
    const note = search(index, 'Treffen Brüssel', { kinds: ['note'] });
    expect(note).toEqual([
      expect.objectContaining({ kind: 'note', highlightId: 'h1', articleId: seed003.id }),
    ]);
    const tag = search(index, 'Diplomatie');
    expect(tag).toContainEqual(expect.objectContaining({ kind: 'tag', highlightId: 'h1' }));
    const quote = search(index, 'NATO-Außenminister', { kinds: ['highlight'] })[0];
    expect(seed003.text.slice(quote?.start, quote?.end)).toBe('NATO-Außenminister');
  });
});
