import { describe, expect, it } from 'vitest';
import { normalizeInline, normalizeText } from './normalize-text';
import { countWords, readingMinutes } from './word-count';

describe('normalizeText', () => {
  it('composes to NFC', () => {
    const decomposed = 'Gru\u0308\u00dfe aus Ko\u0308ln';
    expect(normalizeText(decomposed)).toBe('Grüße aus Köln');
    expect(normalizeText(decomposed)).not.toBe(decomposed);
  });

  it('turns CRLF, CR and Unicode separators into LF', () => {
    expect(normalizeText('a\r\nb\rc\u2028d\u2029e\u0085f')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('strips a BOM and control characters, keeps tabs and non-breaking spaces', () => {
    expect(normalizeText('\uFEFFa\u0000b\u0007c\td\u00a0e\u000bf')).toBe('abc\td\u00a0e f');
  });
});

describe('normalizeInline', () => {
  it('collapses runs of spaces and tabs and trims', () => {
    expect(normalizeInline('  Die   NATO\t\tsagt  \t ')).toBe('Die NATO sagt');
  });

  it('keeps non-breaking spaces inside the line', () => {
    expect(normalizeInline('155\u00a0mm  Munition')).toBe('155\u00a0mm Munition');
  });
});

describe('countWords and readingMinutes', () => {
  it('counts tokens with a letter or digit, not dashes or quotes alone', () => {
    expect(countWords('BRÜSSEL – NATO-Außenminister trafen sich „ am 14. März')).toBe(7);
    expect(countWords('')).toBe(0);
    expect(countWords(' – … „“ ')).toBe(0);
  });

  it('can stop early', () => {
    expect(countWords('eins zwei drei vier', 2)).toBe(2);
  });

  it('reads at 220 words a minute, rounded, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(440)).toBe(2);
    expect(readingMinutes(1216)).toBe(6);
    expect(readingMinutes(Number.NaN)).toBe(1);
  });
});
