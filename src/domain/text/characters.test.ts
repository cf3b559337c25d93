import { describe, expect, it } from 'vitest';
import {
  DASHES,
  DOUBLE_QUOTES,
  INVISIBLE,
  SINGLE_QUOTES,
  isRegexSpaceCode,
  isSpaceCode,
} from './characters';
import { foldGerman } from './fold';
import { normalizeString } from './normalize';

describe('one table of typographic characters', () => {
  it('is what both anchoring and search fold by', () => {
    for (const [set, plain] of [
      [DOUBLE_QUOTES, '"'],
      [SINGLE_QUOTES, "'"],
      [DASHES, '-'],
      [INVISIBLE, ''],
    ] as const) {
      for (const ch of set) {
        expect(normalizeString(`a${ch}b`), `U+${ch.charCodeAt(0).toString(16)}`).toBe(`a${plain}b`);
        expect(foldGerman(`a${ch}b`), `U+${ch.charCodeAt(0).toString(16)}`).toBe(`a${plain}b`);
      }
    }
  });

  it('agrees with both on every whitespace character', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (!isSpaceCode(code)) continue;
      const ch = String.fromCharCode(code);
      expect(normalizeString(`a${ch}${ch}b`)).toBe('a b');
      expect(foldGerman(`a${ch}b`)).toBe('a b');
    }
  });

  it('knows the set of the regular expression \\s', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isRegexSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) {
        differ.push(code.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });
});
