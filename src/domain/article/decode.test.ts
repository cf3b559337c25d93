import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 text, from a Uint8Array or an ArrayBuffer', () => {
    const bytes = utf8('Größere Reichweite „Zitat“');
    expect(decodeArticleBytes(bytes)).toEqual({ ok: true, text: 'Größere Reichweite „Zitat“' });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(decodeArticleBytes(buffer)).toEqual({ ok: true, text: 'Größere Reichweite „Zitat“' });
  });

  it('respects the offset of a view into a larger buffer (as Node Buffers are)', () => {
    const whole = utf8('xxÄrgerxx');
    const view = new Uint8Array(whole.buffer, 2, whole.length - 4);
    expect(decodeArticleBytes(view)).toEqual({ ok: true, text: 'Ärger' });
  });

  it('strips exactly one byte-order mark', () => {
    const once = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Titel')]);
    expect(decodeArticleBytes(once)).toEqual({ ok: true, text: 'Titel' });
    const twice = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('x')]);
    expect(decodeArticleBytes(twice)).toEqual({ ok: true, text: '\uFEFFx' });
  });

  it('refuses Latin-1 bytes as not-utf8 with a message that says what to do', () => {
    const latin1 = new Uint8Array([0x4b, 0xf6, 0x6c, 0x6e, 0x20, 0xe4]); // "Köln ä" in Latin-1
    const result = decodeArticleBytes(latin1);
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-utf8' },
    });
  });

  it('refuses a truncated multi-byte sequence', () => {
    const result = decodeArticleBytes(new Uint8Array([0x66, 0xc3]));
    expect(result.ok ? undefined : result.error.code).toBe('not-utf8');
  });

  it('refuses files with NUL bytes as not-text, even when they are valid UTF-8', () => {
    const result = decodeArticleBytes(new Uint8Array([...utf8('Text'), 0, ...utf8('mehr')]));
    expect(result.ok ? undefined : result.error.code).toBe('not-text');
  });

  it('refuses binary-looking files (a PNG header) as not-text rather than not-utf8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = decodeArticleBytes(png);
    expect(result.ok ? undefined : result.error.code).toBe('not-text');
  });

  it('refuses text that is mostly control characters, but accepts a few', () => {
    const controls = new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x04, 0x05]);
    const result = decodeArticleBytes(controls);
    expect(result.ok ? undefined : result.error.code).toBe('not-text');
    const fine = utf8(`${'Ein ganz normaler Satz. '.repeat(5)}\u0007`);
    expect(decodeArticleBytes(fine).ok).toBe(true);
  });

  it('accepts CRLF and tabs as text', () => {
    expect(decodeArticleBytes(utf8('a\tb\r\nc'))).toEqual({ ok: true, text: 'a\tb\r\nc' });
  });

  it('returns empty text for an empty file (parseArticle reports it as empty)', () => {
    expect(decodeArticleBytes(new Uint8Array())).toEqual({ ok: true, text: '' });
  });
});
