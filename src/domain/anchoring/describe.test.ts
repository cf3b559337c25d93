// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeRange } from './describe';
import { hashText } from './hash';

describe('describeRange', () => {
  it('records position, quote and about 32 characters of context', () => {
    const text = 'x'.repeat(50) + 'Bundesregierung' + 'y'.repeat(50);
    const { position, quote } = describeRange(text, 50, 65);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 50, end: 65 });
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Bundesregierung',
      prefix: 'x'.repeat(32),
      suffix: 'y'.repeat(32),
    });
  });

  it('takes shorter context at the edges of the text', () => {
    const { quote } = describeRange('Die Straße ist nass.', 4, 10);
    expect(quote).toMatchObject({ exact: 'Straße', prefix: 'Die ', suffix: ' ist nass.' });
  });

  it('widens the context while quote + context is not unique', () => {
    const block = ' und '.padEnd(60, '.');
    const text = `A${block}die Straße${block}B C${block}die Straße${block}D`;
    const start = text.lastIndexOf('die Straße');
    const { quote } = describeRange(text, start, start + 10);
    expect(quote.prefix.length).toBeGreaterThan(32);
    expect(quote.suffix.length).toBeGreaterThan(32);
    const whole = quote.prefix + quote.exact + quote.suffix;
    expect(text.indexOf(whole)).toBe(text.lastIndexOf(whole));
  });

  it('stops widening at 128 characters', () => {
    const text = 'ab'.repeat(400);
    const { quote } = describeRange(text, 400, 404);
    expect(quote.prefix.length).toBe(128);
    expect(quote.suffix.length).toBe(128);
  });

  it('rejects invalid ranges', () => {
    expect(() => describeRange('abc', 2, 1)).toThrow(RangeError);
    expect(() => describeRange('abc', 0, 4)).toThrow(RangeError);
  });
});

describe('hashText', () => {
  it('is the SHA-256 hex of the UTF-8 text', async () => {
    expect(await hashText('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await hashText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await hashText('Größe')).not.toBe(await hashText('Grösse'));
  });
});
