import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTitles, titleCollator } from './title-order';

// Characters the key covers, characters it does not (digits, rare letters, marks, symbols,
// an astral one) and a few that are equal or nearly so at this strength.
const CHARS = [
  ...'aAbBsSzZäÄöÖüÜßéÉçñ ,.-:;!?"\'„“”‘’«»()[]/–—',
  ...'0123456789',
  ...'łŁøØæıİ…&@#*_\u0301\u0308\u00ad\u200b',
  '😀',
];
const title = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((cs) => cs.join(''));

const sign = (n: number) => Math.sign(n);

describe('compareTitles', () => {
  it('answers German titles without asking the collator', () => {
    // The rank table is built on the first comparison, asking the collator to build it.
    compareTitles('a', 'b');
    const real = titleCollator.compare;
    let asked = 0;
    Object.defineProperty(titleCollator, 'compare', {
      configurable: true,
      get: () => (x: string, y: string) => {
        asked++;
        return real(x, y);
      },
    });
    try {
      expect(compareTitles('„Ärger“ in der Straße', '„Ärger“ in der Stadt')).toBe(1);
      expect(compareTitles('Wähler, Brüssel – und (fast) Ruhe?', 'wahlen')).toBe(1);
      expect(asked).toBe(0);
      expect(compareTitles('Teil 2', 'Teil 10')).toBe(-1);
      expect(asked).toBe(1);
    } finally {
      Reflect.deleteProperty(titleCollator, 'compare');
    }
  });

  it('always agrees with the collator', () => {
    fc.assert(
      fc.property(title, title, (a, b) => {
        expect(sign(compareTitles(a, b))).toBe(sign(titleCollator.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on titles that share a long beginning', () => {
    const prefix = 'Die Nato, „Zeitenwende“ und Straße ';
    fc.assert(
      fc.property(title, title, (a, b) => {
        expect(sign(compareTitles(prefix + a, prefix + b))).toBe(
          sign(titleCollator.compare(prefix + a, prefix + b)),
        );
      }),
      { numRuns: 5_000 },
    );
  });

  it('orders German titles as a reader expects', () => {
    const sorted = [
      'Zoll',
      'Ärger',
      'Straße',
      'Strasse A',
      'Teil 10',
      'Teil 2',
      'apfel',
      'Äpfel',
    ].sort(compareTitles);
    expect(sorted).toEqual([
      'apfel',
      'Äpfel',
      'Ärger',
      'Straße',
      'Strasse A',
      'Teil 2',
      'Teil 10',
      'Zoll',
    ]);
  });
});
