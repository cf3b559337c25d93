import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readManifest, readManifestStrictly } from './manifest';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const summary = fc.record(
  {
    title: fc.string(),
    titleSource: fc.constantFrom('text', 'derived'),
    subtitle: maybe(fc.string()),
    byline: maybe(fc.string()),
    date: maybe(
      fc.record({ iso: fc.string(), precision: fc.constantFrom('year', 'month', 'day') }),
    ),
    source: maybe(fc.string()),
    language: fc.constantFrom('de', 'en', 'es'),
    wordCount: fc.nat(),
    readingMinutes: fc.nat(),
    excerpt: fc.string(),
  },
  { requiredKeys: ['title', 'titleSource', 'language', 'wordCount', 'readingMinutes', 'excerpt'] },
);

const error = fc.record(
  {
    code: fc.constantFrom('empty', 'not-utf8', 'not-text', 'missing', 'unreadable'),
    reason: maybe(fc.constantFrom('no-article-text', 'download-failed', 'removed')),
    file: maybe(fc.string()),
  },
  { requiredKeys: ['code'] },
);

const entry = fc.record(
  {
    id: fc.string({ minLength: 1 }),
    file: fc.string(),
    size: fc.nat(),
    sha256: fc.string(),
    summary,
    error,
  },
  { requiredKeys: ['id', 'file', 'size', 'sha256'] },
);

const manifest = fc.array(entry, { maxLength: 6 }).map((articles) => ({
  format: 'sidenote-seed-manifest',
  version: 1,
  generatedAt: '2026-01-01T00:00:00.000Z',
  articles,
}));

/** A value of the wrong kind, or one a picklist does not hold. */
const wrong = fc.constantFrom(null, 5, Number.NaN, '', 'week', [], {}, true, undefined, 'x');

type Json = Record<string, unknown>;

/** Every object inside `value`, with the keys it has. */
function objects(value: unknown, out: Json[] = []): Json[] {
  if (typeof value !== 'object' || value === null) return out;
  if (!Array.isArray(value)) out.push(value as Json);
  for (const v of Object.values(value)) objects(v, out);
  return out;
}

/** `json` with one key of one of its objects set to `to`, deleted, or one key added. */
const damaged = fc
  .tuple(manifest, fc.nat(), fc.nat(), wrong, fc.constantFrom('set', 'delete', 'add'))
  .map(([json, which, key, to, how]) => {
    const all = objects(json);
    const target = all[which % all.length] as Json;
    const keys = Object.keys(target);
    const name = keys[key % keys.length] ?? 'id';
    if (how === 'add') target.origin = to ?? 'mine';
    else if (how === 'delete') Reflect.deleteProperty(target, name);
    else target[name] = to;
    return JSON.parse(JSON.stringify(json)) as unknown;
  });

describe('readManifest', () => {
  it('gives what valibot gives for well-formed manifests', () => {
    fc.assert(
      fc.property(manifest, (json) => {
        const plain = JSON.parse(JSON.stringify(json)) as unknown;
        const result = readManifest(plain);
        expect(result.ok).toBe(true);
        expect(result).toEqual(readManifestStrictly(plain));
      }),
    );
  });

  it('gives what valibot gives, the same place and words, for damaged ones', () => {
    fc.assert(
      fc.property(damaged, (json) => {
        expect(readManifest(json)).toEqual(readManifestStrictly(json));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an entry with a key the format does not have instead of passing it on', () => {
    const json = {
      format: 'sidenote-seed-manifest',
      version: 1,
      generatedAt: '2026-01-01',
      articles: [{ id: 'a', file: 'a.txt', size: 1, sha256: 'ab', origin: 'mine' }],
    };
    const result = readManifest(json);
    expect(result).toEqual(readManifestStrictly(json));
    expect(result.ok && result.manifest.articles[0]).not.toHaveProperty('origin');
  });

  it('says where a broken entry is', () => {
    const result = readManifest({
      format: 'sidenote-seed-manifest',
      version: 1,
      generatedAt: '2026-01-01',
      articles: [
        { id: 'a', file: 'a.txt', size: 1, sha256: 'ab' },
        { id: '', file: 'b.txt' },
      ],
    });
    expect(result).toMatchObject({ ok: false, where: 'articles.1.id' });
  });
});
