// @vitest-environment node
import librarySearch from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longGermanText } from './german-text.fixture';
import { search } from './search';

const letters = fc.constantFrom('a', 'b', 'e', 'n', ' ', 'ä', 'ß', '€');
const word = (min: number, max: number) =>
  fc.array(letters, { minLength: min, maxLength: max }).map((cs) => cs.join(''));

describe('approximate search', () => {
  it('finds what approx-string-match finds, on random strings', () => {
    fc.assert(
      fc.property(word(0, 150), word(0, 90), fc.nat(100), (text, pattern, maxErrors) => {
        expect(search(text, pattern, maxErrors)).toEqual(librarySearch(text, pattern, maxErrors));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds what approx-string-match finds, for edited passages of prose', () => {
    const text = longGermanText(2000, 11);
    fc.assert(
      fc.property(
        fc.nat(text.length - 400),
        fc.integer({ min: 10, max: 300 }),
        fc.nat(120),
        fc.array(fc.tuple(fc.nat(300), fc.nat(12), word(0, 8)), { maxLength: 8 }),
        (at, length, pad, edits) => {
          let pattern = text.slice(at, at + length);
          for (const [where, cut, put] of edits) {
            const i = where % (pattern.length + 1);
            pattern = pattern.slice(0, i) + put + pattern.slice(i + cut);
          }
          const window = text.slice(Math.max(0, at - pad), at + length + pad);
          const budget = Math.floor(pattern.length / 2);
          expect(search(window, pattern, budget)).toEqual(librarySearch(window, pattern, budget));
        },
      ),
      { numRuns: 300 },
    );
  });
});
