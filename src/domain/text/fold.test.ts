import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldGerman, foldWithOffsets, toOriginalRange } from './fold';

describe('foldGerman', () => {
  it.each([
    ['Außenminister', 'aussenminister'],
    ['Aussenminister', 'aussenminister'],
    ['AUSSENMINISTER', 'aussenminister'],
    ['AUẞENMINISTER', 'aussenminister'],
    ['München', 'muenchen'],
    ['Muenchen', 'muenchen'],
    ['ÄRGER Öl Übung', 'aerger oel uebung'],
    ['Bündnis', 'buendnis'],
    ['Straße', 'strasse'],
    ['Café Élysée', 'cafe elysee'],
    ['Señor Dvořák', 'senor dvorak'],
    ['Verteidi\u00ADgungsminister', 'verteidigungsminister'],
    ['Zero\u200Bwidth\u200Djoin\u2060er\uFEFF', 'zerowidthjoiner'],
    ['„Zitat“ “quote” «guillemets» »innen«', '"zitat" "quote" "guillemets" "innen"'],
    ['‚halb‘ ‹fr› it’s', "'halb' 'fr' it's"],
    ['Krieg – Frieden — 1914‐1918', 'krieg - frieden - 1914-1918'],
    ['a\u00A0b\u202Fc\td', 'a b c d'],
    ['Mu\u0308nchen', 'muenchen'],
    ['e\u0301cole', 'ecole'],
    ['\u1FFD', "'"],
    ['ΟΔΟΣ οδος', 'οδοσ οδοσ'],
    ['', ''],
    ['plain ascii 123', 'plain ascii 123'],
  ])('%j → %j', (input, expected) => {
    expect(foldGerman(input)).toBe(expected);
  });

  it('folds query and index spellings of the same word alike', () => {
    const spellings = ['Außenminister', 'Aussenminister', 'aussenminister', 'AUSSENMINISTER'];
    expect(new Set(spellings.map(foldGerman)).size).toBe(1);
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = foldGerman(s);
        expect(foldGerman(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on every single BMP code point', () => {
    const bad: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const once = foldGerman(String.fromCodePoint(code));
      if (foldGerman(once) !== once) bad.push(code.toString(16));
    }
    expect(bad).toEqual([]);
  });
});

describe('foldWithOffsets', () => {
  it('maps every folded character back to the original character it came from', () => {
    const text = 'Die Straße in Köln';
    const folded = foldWithOffsets(text);
    expect(folded.text).toBe('die strasse in koeln');
    expect(folded.starts.length).toBe(folded.text.length);
    // "ss" both come from "ß", "oe" both from "ö".
    const ss = folded.text.indexOf('ss');
    expect(text.slice(folded.starts[ss], folded.ends[ss + 1])).toBe('ß');
    const oe = folded.text.indexOf('oe');
    expect(text.slice(folded.starts[oe], folded.ends[oe + 1])).toBe('ö');
  });

  it('maps a folded word back to exactly the original word', () => {
    const text = '„NATO-Außenminister“ tagten in München.';
    const folded = foldWithOffsets(text);
    for (const [word, original] of [
      ['aussenminister', 'Außenminister'],
      ['muenchen', 'München'],
      ['nato', 'NATO'],
    ] as const) {
      const at = folded.text.indexOf(word);
      const range = toOriginalRange(folded, at, at + word.length);
      expect(text.slice(range.start, range.end)).toBe(original);
    }
  });

  it('skips removed characters and keeps a combining umlaut with its letter', () => {
    const text = 'Ver\u00ADteidigung Mu\u0308nchen';
    const folded = foldWithOffsets(text);
    expect(folded.text).toBe('verteidigung muenchen');
    const at = folded.text.indexOf('muenchen');
    const range = toOriginalRange(folded, at, at + 'muenchen'.length);
    expect(text.slice(range.start, range.end)).toBe('Mu\u0308nchen');
    const whole = toOriginalRange(folded, 0, 'verteidigung'.length);
    expect(text.slice(whole.start, whole.end)).toBe('Ver\u00ADteidigung');
  });

  it('agrees with foldGerman and keeps offsets ordered (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme-composite' }),
      fc.string({
        unit: fc.constantFrom('Σ', 'ς', 'A', 'u', '\u0308', '\u00AD', 'İ', 'ẞ', 'Ä', ' '),
      }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const folded = foldWithOffsets(s);
        expect(folded.text).toBe(foldGerman(s));
        for (let i = 0; i < folded.text.length; i++) {
          const start = folded.starts[i] ?? -1;
          const end = folded.ends[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(i > 0 ? (folded.starts[i - 1] ?? 0) : 0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
