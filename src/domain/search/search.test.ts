import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index';
import { isSearchableQuery, search, searchTags } from './search';
import { makeArticle, makeHighlight, makeTag } from './search-fixtures';
import type { SearchResult } from './types';

const a1 = makeArticle(
  'a1',
  'NATO-Außenminister beraten in Brüssel',
  [
    'Die NATO-Außenminister trafen sich am Dienstag in Brüssel, um über die Lage in der Ukraine zu beraten.',
    'Generalsekretär Jens Stoltenberg sagte, das Bündnis stehe geschlossen hinter Kiew.',
    'In München demonstrierten Tausende gegen den Krieg mit Russland.',
  ],
  'WSWS',
);
const a2 = makeArticle('a2', 'Die Straße nach Kiew', [
  'Russland mit Krieg zu drohen, sei falsch, sagte der Aussenminister.',
  'Das Buendnis der Länder wächst.',
  `${'Davor stand eine lange Rede über vieles. '.repeat(6)}Die Außenministerin Baerbock ließ grüßen und reiste ab. ${'Danach kam noch mehr Text zum Thema. '.repeat(6)}`,
]);
const tags = [makeTag('t1', 'Einigkeit'), makeTag('t2', 'Rhetorik'), makeTag('t3', 'Völkerrecht')];
const h1 = makeHighlight(
  'h1',
  a1,
  'das Bündnis stehe geschlossen hinter Kiew',
  'Zentrale These: Geschlossenheit der Allianz',
  ['t1'],
);
const h2 = makeHighlight('h2', a2, 'Russland mit Krieg zu drohen', 'Vergleiche den Ton in Moskau', [
  't2',
  't1',
]);
const index = buildSearchIndex({ articles: [a1, a2], highlights: [h1, h2], tags });

/** "kind articleId start" for every result, to compare result sets. */
const keys = (results: SearchResult[]) =>
  results.map((r) => `${r.kind} ${r.highlightId ?? r.articleId} ${r.start ?? ''}`).sort();
const matchedWords = (r: SearchResult | undefined) =>
  r ? r.snippet.matches.map((m) => r.snippet.text.slice(m.start, m.end)) : [];
const paragraphs = (results: SearchResult[]) => results.filter((r) => r.kind === 'paragraph');

describe('search', () => {
  it('returns nothing for an empty, blank or stop-word-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   \n\t')).toEqual([]);
    expect(search(index, 'und die der')).toEqual([]);
    expect(['', '  ', 'und die der', '„in der“'].map(isSearchableQuery)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isSearchableQuery('die Ukraine')).toBe(true);
  });

  it('finds Außenminister however it is spelled', () => {
    const spellings = ['Außenminister', 'Aussenminister', 'aussenminister', 'AUSSENMINISTER'];
    const results = spellings.map((q) => keys(search(index, q)));
    for (const r of results) expect(r).toEqual(results[0]);
    const found = search(index, 'Aussenminister', { kinds: ['paragraph'] });
    expect(found.map((r) => r.articleId).sort()).toEqual(['a1', 'a2', 'a2']);
    const a1Hit = found.find((r) => r.articleId === 'a1');
    expect(matchedWords(a1Hit)).toEqual(['Außenminister']);
  });

  it('treats Muenchen and München alike', () => {
    const hits = search(index, 'Muenchen');
    expect(keys(hits)).toEqual(keys(search(index, 'München')));
    expect(matchedWords(hits[0])).toEqual(['München']);
  });

  it('finds compounds by their prefix', () => {
    const hits = search(index, 'Außen', { kinds: ['paragraph'] });
    const a1Hit = hits.find((r) => r.articleId === 'a1');
    expect(matchedWords(a1Hit)).toEqual(['Außenminister']);
    expect(hits.some((r) => matchedWords(r).includes('Außenministerin'))).toBe(true);
  });

  it('tolerates a typo in a long word', () => {
    const hits = search(index, 'Stoltenbrg');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'paragraph', articleId: 'a1' });
    expect(matchedWords(hits[0])).toEqual(['Stoltenberg']);
  });

  it('treats Bundnis, Buendnis and Bündnis alike', () => {
    const [dotless, spelled, umlaut] = ['Bundnis', 'Buendnis', 'Bündnis'].map((q) =>
      keys(search(index, q)),
    );
    expect(dotless).toEqual(umlaut);
    expect(spelled).toEqual(umlaut);
    const found = paragraphs(search(index, 'Bundnis')).map((r) => matchedWords(r)[0]);
    expect(found.sort()).toEqual(['Buendnis', 'Bündnis']);
  });

  it('keeps only results with the quoted words adjacent and in order', () => {
    const loose = paragraphs(search(index, 'Krieg mit Russland'));
    expect(loose.map((r) => r.articleId).sort()).toEqual(['a1', 'a2']);
    for (const q of ['„Krieg mit Russland“', '"Krieg mit Russland"', '»krieg mit russland«']) {
      const hits = search(index, q);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ kind: 'paragraph', articleId: 'a1' });
      expect(matchedWords(hits[0])).toEqual(['Krieg mit Russland']);
    }
    // The phrase is in h2's quote, "Moskau" in its note: one highlight, shown by its quote.
    expect(search(index, '"Russland mit Krieg" Moskau')).toEqual([
      expect.objectContaining({ kind: 'highlight', highlightId: 'h2' }),
    ]);
  });

  it('matches a phrase typed without umlaut dots', () => {
    const hits = search(index, '"das Bundnis stehe"');
    expect(keys(hits)).toEqual(keys(search(index, '"das Bündnis stehe"')));
    expect(hits.map((r) => r.kind).sort()).toEqual(['highlight', 'paragraph']);
  });

  it('returns the highlight for a note hit', () => {
    const hits = search(index, 'Geschlossenheit');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'note',
      highlightId: 'h1',
      articleId: 'a1',
      start: h1.target.position.start,
      end: h1.target.position.end,
    });
    expect(matchedWords(hits[0])).toEqual(['Geschlossenheit']);
  });

  it('returns the highlight for a tag-name hit', () => {
    expect(search(index, 'Rhetorik')).toEqual([
      expect.objectContaining({ kind: 'tag', highlightId: 'h2', articleId: 'a2' }),
    ]);
    const both = search(index, 'Einigkeit');
    expect(both.map((r) => `${r.kind} ${r.highlightId}`).sort()).toEqual(['tag h1', 'tag h2']);
    expect(matchedWords(both[0])).toEqual(['Einigkeit']);
  });

  it('finds tags by name with searchTags, including unused tags', () => {
    expect(searchTags(index, 'Völker').map((t) => t.tagId)).toEqual(['t3']);
    expect(searchTags(index, 'voelkerrecht').map((t) => t.tagId)).toEqual(['t3']);
    expect(search(index, 'Völkerrecht')).toEqual([]);
  });

  it('gives paragraph offsets into the article text', () => {
    const texts = new Map([a1, a2].map((a) => [a.id, a.text]));
    const hits = paragraphs(search(index, 'Kiew'));
    expect(hits.length).toBe(1);
    for (const r of hits) {
      const text = texts.get(r.articleId) ?? '';
      expect(text.slice(r.start, r.end)).toContain('Kiew');
      expect(text.slice(r.firstMatch?.start, r.firstMatch?.end)).toBe('Kiew');
      expect(a1.paragraphs).toContainEqual({ start: r.start, end: r.end });
    }
  });

  it('filters by kind and honours the limit', () => {
    const quotes = search(index, 'Bündnis', { kinds: ['highlight'] });
    expect(quotes.map((r) => `${r.kind} ${r.highlightId}`)).toEqual(['highlight h1']);
    expect(search(index, 'Straße', { kinds: ['article'] })).toEqual([
      expect.objectContaining({ kind: 'article', articleId: 'a2' }),
    ]);
    expect(search(index, 'Kiew').length).toBeGreaterThan(1);
    expect(search(index, 'Kiew', { limit: 1 })).toHaveLength(1);
    expect(search(index, 'Kiew', { kinds: [] })).toEqual([]);
  });

  it('ranks a title above the text that says the same', () => {
    const hits = search(index, 'Brüssel');
    expect(hits.map((r) => r.kind)).toEqual(['article', 'paragraph']);
    expect(matchedWords(hits[0])).toEqual(['Brüssel']);
  });

  it('finds an article by its source', () => {
    expect(search(index, 'wsws')).toEqual([
      expect.objectContaining({ kind: 'article', articleId: 'a1' }),
    ]);
  });

  it('requires every word, falling back to any word when none has all', () => {
    const both = search(index, 'Ukraine Brüssel');
    expect(both).toEqual([expect.objectContaining({ kind: 'paragraph', articleId: 'a1' })]);
    const fallback = search(index, 'Stoltenberg Zebrastreifen');
    expect(fallback).toEqual([expect.objectContaining({ kind: 'paragraph', articleId: 'a1' })]);
  });

  it('cuts a snippet around the match whose ranges cover the original words', () => {
    const hit = search(index, 'Außenministerin grüßen')[0];
    expect(hit?.articleId).toBe('a2');
    expect(hit?.snippet.text.startsWith('…')).toBe(true);
    expect(hit?.snippet.text.endsWith('…')).toBe(true);
    expect(hit?.snippet.text.length).toBeLessThanOrEqual(170);
    expect(matchedWords(hit)).toEqual(['Außenministerin', 'grüßen']);
  });

  it('shows a note as plain text, not its Markdown', () => {
    const h = makeHighlight(
      'h3',
      a1,
      'geschlossen hinter Kiew',
      '**Lawrow** widerspricht, siehe [Bericht](https://example.org/x)',
      [],
    );
    const withNote = buildSearchIndex({ articles: [a1], highlights: [h], tags });
    const hit = search(withNote, 'Lawrow').find((r) => r.kind === 'note');
    expect(hit?.snippet.text).toBe('Lawrow widerspricht, siehe Bericht');
    expect(matchedWords(hit)).toEqual(['Lawrow']);
  });
});
