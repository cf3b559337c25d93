import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickHighlight, snapToWords, trimRange } from './range';

describe('trimRange', () => {
  const text = 'Die NATO  warnte Russland.\n\nZweiter Absatz.';
  it('drops whitespace at both ends', () => {
    expect(trimRange(text, 3, 10)).toEqual({ start: 4, end: 8 });
  });
  it('is undefined for a selection of only whitespace', () => {
    expect(trimRange(text, 26, 28)).toBeUndefined();
  });
  it('clamps to the text and accepts reversed ends', () => {
    expect(trimRange(text, 200, 40)).toEqual({ start: 40, end: text.length });
  });
  it('always returns a range inside the text that starts and ends with a visible character', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: -5, max: 60 }),
        fc.integer({ min: -5, max: 60 }),
        (t, a, b) => {
          const r = trimRange(t, a, b);
          if (!r) return;
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(t.length);
          expect(t.charAt(r.start).trim()).not.toBe('');
          expect(t.charAt(r.end - 1).trim()).not.toBe('');
        },
      ),
    );
  });
});

describe('pickHighlight', () => {
  const lengths = new Map([
    ['long', 100],
    ['short', 5],
    ['mid', 20],
  ]);
  it('picks the shortest highlight under the click first', () => {
    expect(pickHighlight(['long', 'short', 'mid'], lengths, undefined)).toBe('short');
  });
  it('cycles to the next one when a highlight there is already picked', () => {
    expect(pickHighlight(['long', 'short', 'mid'], lengths, 'short')).toBe('mid');
    expect(pickHighlight(['long', 'short', 'mid'], lengths, 'mid')).toBe('long');
  });
  it('picks nothing where there is no highlight', () => {
    expect(pickHighlight([], lengths, 'short')).toBeUndefined();
  });
});

describe('snapToWords', () => {
  const text = 'Angesichts der wachsenden Bedrohungen durch den Kreml-Sprecher.';
  it('grows a range that cuts through words to the whole words', () => {
    const r = snapToWords(text, 2, 29); // "gesichts … Bedr"
    expect(text.slice(r.start, r.end)).toBe('Angesichts der wachsenden Bedrohungen');
  });
  it('keeps hyphenated compounds whole', () => {
    const at = text.indexOf('Sprecher');
    const r = snapToWords(text, at, at + 3);
    expect(text.slice(r.start, r.end)).toBe('Kreml-Sprecher');
  });
  it('leaves a range that already sits on word edges alone', () => {
    expect(snapToWords(text, 0, 10)).toEqual({ start: 0, end: 10 });
  });
  it('never shrinks a range', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(40), fc.nat(40), (t, a, b) => {
        const [s, e] = [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)];
        const r = snapToWords(t, s, e);
        expect(r.start).toBeLessThanOrEqual(s);
        expect(r.end).toBeGreaterThanOrEqual(e);
      }),
    );
  });
});
