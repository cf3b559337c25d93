// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indelByEnd, levenshtein, levenshteinByEnd } from './bit-parallel';
import { costsByEnd } from './edit-costs';

// Few letters (so that strings share many), umlauts, and one character beyond 8 bits; lengths
// across one, two and more 32-bit blocks.
const letters = fc.constantFrom('a', 'b', 'e', 'n', ' ', 'ä', 'ß', '€');
const word = (max: number) => fc.array(letters, { maxLength: max }).map((cs) => cs.join(''));

describe('bit-parallel edit costs agree with the plain tables', () => {
  it('Levenshtein against every prefix and every substring end', () => {
    fc.assert(
      fc.property(word(120), word(100), fc.boolean(), (text, pattern, freeStart) => {
        expect([...levenshteinByEnd(text, pattern, freeStart)]).toEqual([
          ...costsByEnd(text, pattern, freeStart),
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('insertions and deletions only against every prefix', () => {
    fc.assert(
      fc.property(word(120), word(100), (text, pattern) => {
        expect([...indelByEnd(text, pattern)]).toEqual([...costsByEnd(text, pattern, false, 2)]);
      }),
      { numRuns: 500 },
    );
  });

  it('Levenshtein distance either way round', () => {
    fc.assert(
      fc.property(word(80), word(80), (a, b) => {
        const expected = costsByEnd(a, b, false)[a.length];
        expect(levenshtein(a, b)).toBe(expected);
        expect(levenshtein(b, a)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('patterns of exactly one and two blocks', () => {
    const pattern = 'abcdefghijklmnopqrstuvwxyzäöüßAB';
    for (const p of [pattern, pattern + pattern]) {
      const text = `xx${p.slice(3)}yy${p}`;
      expect([...levenshteinByEnd(text, p, true)]).toEqual([...costsByEnd(text, p, true)]);
      expect([...indelByEnd(text, p)]).toEqual([...costsByEnd(text, p, false, 2)]);
    }
  });
});
