import { describe, expect, it } from 'vitest';
import { compareHref, decodePathPart, readReaderFragment, readerHref } from './paths';

describe('app URLs', () => {
  it('encode ids so that any file name makes a link that reads back the same', () => {
    const id = 'Nachrichten #3/ä?';
    const href = readerHref(id);
    expect(href).toBe('/read/Nachrichten%20%233%2F%C3%A4%3F');
    expect(decodePathPart(href.slice('/read/'.length))).toBe(id);
  });

  it('open on a highlight, and on the right pane when asked', () => {
    expect(readerHref('a', 'h 1')).toBe('/read/a#h-h%201');
    expect(readerHref('a', { kind: 'highlight', id: 'h 1' })).toBe('/read/a#h-h%201');
    expect(compareHref('a', 'b')).toBe('/compare/a/b');
    expect(compareHref('a', 'b', { pane: 'right', highlightId: 'h' })).toBe(
      '/compare/a/b?pane=right#h-h',
    );
    expect(compareHref('a', 'b', { pane: 'left' })).toBe('/compare/a/b');
  });

  it('open on a passage', () => {
    expect(readerHref('a', { kind: 'passage', start: 10, end: 25 })).toBe('/read/a#t-10-25');
  });

  it('leave a malformed segment as it is', () => {
    expect(decodePathPart('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('reading a reader link’s fragment', () => {
  it('reads back what the links make', () => {
    for (const target of [
      { kind: 'highlight', id: 'h 1/ä#' },
      { kind: 'passage', start: 3, end: 17 },
    ] as const) {
      expect(readReaderFragment(new URL(readerHref('a', target), 'http://x').hash)).toEqual(target);
    }
  });

  it('never throws on a malformed one', () => {
    expect(readReaderFragment('#h-%')).toEqual({ kind: 'highlight', id: '%' });
    expect(readReaderFragment('#h-%E0%A4%A')).toEqual({ kind: 'highlight', id: '%E0%A4%A' });
    for (const hash of ['', '#', '#h-', '#t-1-', '#t-a-b', '#x-1']) {
      expect(readReaderFragment(hash), hash).toBeUndefined();
    }
  });
});
