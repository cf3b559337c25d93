// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typographicFold } from './characters';
import {
  foldedCode,
  normalizeForMatch,
  normalizeString,
  toNormalizedEnd,
  toNormalizedStart,
  toOriginalRange,
} from './normalize';

describe('normalizeForMatch', () => {
  it('folds every UTF-16 code unit as typographicFold says', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const fold = typographicFold(String.fromCharCode(code));
      const expected =
        fold === undefined ? code : fold === '' ? -2 : fold === ' ' ? -1 : fold.charCodeAt(0);
      if (foldedCode(code) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('folds typographic quotes and dashes', () => {
    expect(normalizeForMatch('„Ja“, sagte er – ‚nein‘ » « ‹ › ” ’').text).toBe(
      '"Ja", sagte er - \'nein\' " " \' \' " \'',
    );
    expect(normalizeForMatch('a‐b‑c‒d—e−f').text).toBe('a-b-c-d-e-f');
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(normalizeForMatch('Bundes\u00ADregie\u200Brung\uFEFF').text).toBe('Bundesregierung');
  });

  it('collapses whitespace runs, NBSP and newlines included', () => {
    expect(normalizeForMatch('a \u00A0 b\n\nc\t\u202Fd').text).toBe('a b c d');
    expect(normalizeForMatch('a \u00AD b').text).toBe('a b');
  });

  it('maps normalised ranges back to exact original offsets', () => {
    const text = '„Die  Bundes\u00ADregierung“ –\n\nsagt';
    const norm = normalizeForMatch(text);
    expect(norm.text).toBe('"Die Bundesregierung" - sagt');
    const s = norm.text.indexOf('Bundesregierung');
    const range = toOriginalRange(norm, s, s + 'Bundesregierung'.length);
    expect(text.slice(range.start, range.end)).toBe('Bundes\u00ADregierung');
    const space = norm.text.indexOf(' ');
    expect(toOriginalRange(norm, space, space + 1)).toEqual({ start: 4, end: 6 });
    expect(toOriginalRange(norm, norm.text.length, norm.text.length)).toEqual({
      start: text.length,
      end: text.length,
    });
  });

  it('maps original offsets into normalised text', () => {
    const norm = normalizeForMatch('ab   cd');
    expect(toNormalizedStart(norm, 0)).toBe(0);
    expect(toNormalizedStart(norm, 3)).toBe(2); // inside the run: the run's space
    expect(toNormalizedStart(norm, 5)).toBe(3);
    expect(toNormalizedEnd(norm, 3)).toBe(3); // the run started before offset 3
    expect(toNormalizedEnd(norm, 7)).toBe(5);
  });

  it('round-trips: every normalised slice maps to an original slice that normalises to it', () => {
    const chars = fc.constantFrom(...'ab „“–—\u00AD\u00A0\n\u200Bß'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), fc.nat(), fc.nat(), (cs, x, y) => {
        const text = cs.join('');
        const norm = normalizeForMatch(text);
        const n = norm.text.length;
        const a = n === 0 ? 0 : x % (n + 1);
        const b = a + (n === 0 ? 0 : y % (n - a + 1));
        const range = toOriginalRange(norm, a, b);
        expect(normalizeForMatch(text.slice(range.start, range.end)).text).toBe(
          norm.text.slice(a, b),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeString', () => {
  it('equals the text of normalizeForMatch', () => {
    const chars = fc.constantFrom(...'ab „“–\u00AD\u00A0\n\u200B\t'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
        const text = cs.join('');
        expect(normalizeString(text)).toBe(normalizeForMatch(text).text);
      }),
      { numRuns: 300 },
    );
  });
});
