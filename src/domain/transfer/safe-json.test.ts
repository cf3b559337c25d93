import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from './limits';
import { parseJsonSafely } from './safe-json';

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('parseJsonSafely', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,{"b":"c"}]}')).toEqual({
      ok: true,
      value: { a: [1, { b: 'c' }] },
    });
  });

  it('refuses forbidden keys with their paths, at any depth', () => {
    const result = parseJsonSafely(
      '{"a":[{"__proto__":{"polluted":true}}],"b":{"c d":{"constructor":1}},"prototype":2}',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'a[0].__proto__', code: 'forbiddenKey', params: { key: '__proto__' } },
        { path: 'b["c d"].constructor', code: 'forbiddenKey', params: { key: 'constructor' } },
        { path: 'prototype', code: 'forbiddenKey', params: { key: 'prototype' } },
      ],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows nesting up to the limit and refuses deeper', () => {
    expect(parseJsonSafely(nested(IMPORT_LIMITS.depth)).ok).toBe(true);
    const deeper = parseJsonSafely(nested(IMPORT_LIMITS.depth + 1));
    expect(deeper.ok).toBe(false);
    expect(parseJsonSafely(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).ok).toBe(false);
  });

  it('says where JSON breaks', () => {
    const result = parseJsonSafely('{\n  "a": 1\n  "b": 2\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toEqual({
        path: '',
        code: 'notJsonAt',
        params: { line: 3, column: 3, near: '{ "a": 1 "b": 2 }' },
      });
    }
  });

  it('calls binary data binary and does not quote its bytes', () => {
    const result = parseJsonSafely('PK\u0003\u0004\u0000\u0000garbage\ufffd\ufffd');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      // Called binary, with nothing of its bytes quoted.
      expect(result.errors).toEqual([{ path: '', code: 'binary' }]);
    }
  });

  it('refuses text over the size limit without parsing it', () => {
    const result = parseJsonSafely(`[${'1,'.repeat(IMPORT_LIMITS.fileChars / 2)}1]`);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', code: 'fileTooLarge', params: expect.objectContaining({ limit: 50 }) }],
    });
  });
});
