import { describe, expect, it } from 'vitest';
import { compareHref, decodePathPart, readerHref } from './paths';

describe('app URLs', () => {
  it('encode ids so that any file name makes a link that reads back the same', () => {
    const id = 'Nachrichten #3/ä?';
    const href = readerHref(id);
    expect(href).toBe('/read/Nachrichten%20%233%2F%C3%A4%3F');
    expect(decodePathPart(href.slice('/read/'.length))).toBe(id);
  });

  it('open on a highlight, and on the right pane when asked', () => {
    expect(readerHref('a', 'h 1')).toBe('/read/a#h-h%201');
    expect(compareHref('a', 'b')).toBe('/compare/a/b');
    expect(compareHref('a', 'b', { pane: 'right', highlightId: 'h' })).toBe(
      '/compare/a/b?pane=right#h-h',
    );
    expect(compareHref('a', 'b', { pane: 'left' })).toBe('/compare/a/b');
  });

  it('leave a malformed segment as it is', () => {
    expect(decodePathPart('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
