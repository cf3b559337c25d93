import { describe, expect, it } from 'vitest';
import { indexTerms, phraseWords, scanTokens } from './tokenize';
import { isStopWord } from './stop-words';

describe('indexTerms', () => {
  it('indexes a hyphenated compound as its parts and as the joined word', () => {
    const terms = indexTerms('Die NATO-Außenminister tagten');
    expect(terms).toContain('nato');
    expect(terms).toContain('aussenminister');
    expect(terms).toContain('natoaussenminister');
    expect(terms).toContain('tagten');
  });

  it('adds the dotless spelling for words with umlauts, and only for them', () => {
    expect(indexTerms('Bündnis')).toEqual(['buendnis', 'bundnis']);
    expect(indexTerms('Straße')).toEqual(['strasse']);
    expect(indexTerms('NATO-Bündnis')).toEqual([
      'nato',
      'buendnis',
      'bundnis',
      'natobuendnis',
      'natobundnis',
    ]);
  });

  it('drops stop words and single letters but keeps numbers', () => {
    expect(indexTerms('Der Krieg und die Ukraine in 5 Jahren, a b')).toEqual([
      'krieg',
      'ukraine',
      '5',
      'jahren',
    ]);
    expect(isStopWord('war')).toBe(false);
    expect(isStopWord('us')).toBe(false);
  });

  it('keeps digit groups together', () => {
    expect(indexTerms('12.000 Soldaten, 1,5 Prozent')).toEqual([
      '12.000',
      'soldaten',
      '1,5',
      'prozent',
    ]);
  });

  it('splits on quotes, dashes between spaces and apostrophes', () => {
    expect(indexTerms('„Frieden“ – jetzt! Russia’s war')).toEqual([
      'frieden',
      'jetzt',
      'russia',
      'war',
    ]);
  });

  it('ignores soft hyphens inside words', () => {
    expect(indexTerms('Verteidi\u00ADgungs\u00ADminister')).toEqual(['verteidigungsminister']);
  });
});

describe('scanTokens', () => {
  it('gives original offsets for tokens and compound parts', () => {
    const text = '„NATO-Außenminister“ in Münster';
    const tokens = scanTokens(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'NATO-Außenminister',
      'in',
      'Münster',
    ]);
    const compound = tokens[0];
    expect(compound?.term).toBe('natoaussenminister');
    expect(compound?.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      'NATO',
      'Außenminister',
    ]);
    expect(tokens[2]).toMatchObject({ term: 'muenster', variant: 'munster' });
  });

  it('lists phrase words with compounds split, stop words kept', () => {
    const words = phraseWords(scanTokens('Der NATO-Gipfel in Vilnius'));
    expect(words.map((w) => w.term)).toEqual(['der', 'nato', 'gipfel', 'in', 'vilnius']);
  });

  it('treats a trailing or doubled hyphen as a separator', () => {
    const text = 'NATO- und EU--Staaten';
    expect(scanTokens(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'NATO',
      'und',
      'EU',
      'Staaten',
    ]);
  });
});
