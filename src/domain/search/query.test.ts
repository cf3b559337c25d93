import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldMarked } from '../text/fold';
import { phrasePattern } from './phrase-pattern';
import { planQuery } from './query';
import { phraseRanges } from './snippet';
import { phraseWords, scanTokens } from './tokenize';

describe('planQuery', () => {
  it('folds words and drops stop words outside phrases', () => {
    const plan = planQuery('Der Außenminister und die NATO');
    expect(plan.clauses).toEqual(['aussenminister', 'nato']);
    expect(plan.phrases).toEqual([]);
  });

  it('reads German, English and guillemet quotes as phrases, keeping stop words', () => {
    for (const q of [
      '„Krieg in der Ukraine“',
      '"Krieg in der Ukraine"',
      '»Krieg in der Ukraine«',
    ]) {
      const plan = planQuery(q);
      expect(plan.phrases).toEqual([['krieg', 'in', 'der', 'ukraine']]);
      expect(plan.phraseTerms).toEqual([['krieg', 'ukraine']]);
      expect(plan.relaxable).toBe(false);
    }
  });

  it('treats an unclosed quote as plain words', () => {
    const plan = planQuery('Bündnis "Krieg mit');
    expect(plan.phrases).toEqual([]);
    expect(plan.clauses).toEqual(['buendnis', 'krieg']);
    expect(plan.relaxable).toBe(true);
  });

  it('lets a compound match joined or as parts', () => {
    expect(planQuery('NATO-Außenminister').clauses).toEqual([
      {
        combineWith: 'OR',
        queries: [
          'natoaussenminister',
          { combineWith: 'AND', queries: ['nato', 'aussenminister'] },
        ],
      },
    ]);
  });

  it('has no clauses for a query of stop words only', () => {
    expect(planQuery('und die der').clauses).toEqual([]);
  });
});

describe('phrasePattern', () => {
  it('accepts both spellings of umlaut words and rejects other orders', () => {
    const text = foldMarked('Das Bündnis der Länder wächst');
    expect(phrasePattern(['buendnis', 'der', 'laender']).test(text)).toBe(true);
    expect(phrasePattern(['bundnis', 'der', 'lander']).test(text)).toBe(true);
    expect(phrasePattern(['der', 'buendnis']).test(text)).toBe(false);
    expect(phrasePattern(['bund', 'der']).test(text)).toBe(false);
  });

  it('never rejects a phrase the exact check finds (property)', () => {
    const syllable = fc.constantFrom('bü', 'nd', 'nis', 'ä', 'ss', 'ß', 'ue', 'o', 'ka', '12', 'e');
    const word = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
    const sep = fc.constantFrom(' ', '-', ', ', ' „', '.', '\u00AD ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, sep), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        (pieces, from, size) => {
          const text = pieces.map(([w, s]) => w + s).join('');
          const words = phraseWords(scanTokens(text));
          const at = from % words.length;
          const phrase = words.slice(at, at + size).map((w) => w.variant ?? w.term);
          if (phraseRanges(words, phrase).length === 0) return;
          expect(phrasePattern(phrase).test(foldMarked(text))).toBe(true);
        },
      ),
    );
  });
});
