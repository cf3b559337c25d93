// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { overlapsContext } from './candidates';

describe('overlapsContext', () => {
  // The last 12 characters of the prefix, out of place, right after some of the quote's text.
  const tail = 'ABCDEFGHIJKL';
  const needle = { prefix: `0123${tail}`, quote: 'zzzzzz', suffix: 'abcdefghijklmnop' };
  const text = `-----zzzzz${tail}-----`;

  it('sees the prefix starting at the candidate’s last character', () => {
    expect(overlapsContext(text, needle, 5, 11)).toBe(true);
  });

  it('does not count the prefix starting right after the candidate', () => {
    expect(overlapsContext(text, needle, 4, 10)).toBe(false);
  });

  it('sees it far into a long text (the scan is bounded, the result the same)', () => {
    const long = text + '-'.repeat(50_000) + tail;
    expect(overlapsContext(long, needle, 5, 11)).toBe(true);
    expect(overlapsContext(long, needle, 4, 10)).toBe(false);
  });
});
