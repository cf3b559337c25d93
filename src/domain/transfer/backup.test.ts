import { describe, expect, it } from 'vitest';
import { sampleBackup, sampleData } from './backup.fixture';
import { createBackup, parseBackup } from './backup';
import { describeTransferError } from './errors';
import { IMPORT_LIMITS } from './limits';
import type { ImportResult, TransferError, TransferKind } from './types';

/** A sample backup as loose JSON, to break on purpose. */
type Row = Record<string, unknown>;

function sampleJson(): Row & { data: Record<TransferKind, Row[]> } {
  return JSON.parse(JSON.stringify(sampleBackup()));
}

function errorsOf(result: ImportResult): TransferError[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

function refusedWith(json: unknown): string[] {
  return errorsOf(parseBackup(JSON.stringify(json))).map(describeTransferError);
}

describe('createBackup', () => {
  it('wraps the data with format, version, time and app, tables sorted by id', () => {
    const data = sampleData();
    data.highlights.reverse();
    const backup = createBackup(data, new Date('2026-11-22T08:00:00.000Z'), 3);
    expect(backup).toMatchObject({
      format: 'sidenote-backup',
      version: 1,
      exportedAt: '2026-11-22T08:00:00.000Z',
      app: { name: 'Sidenote', schemaVersion: 3 },
    });
    expect(backup.data.highlights.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
    expect(backup.data.colors.map((c) => c.id)).toEqual(
      [...backup.data.colors.map((c) => c.id)].sort(),
    );
  });

  it('copies records instead of sharing them with the caller', () => {
    const data = sampleData();
    const backup = createBackup(data, '2026-11-22T08:00:00.000Z', 1);
    data.highlights[0]?.tags.push('changed');
    expect(backup.data.highlights[0]?.tags).toEqual(['t1', 't2']);
  });
});

describe('parseBackup accepts', () => {
  it('a backup it wrote, unchanged (round trip through JSON)', () => {
    const backup = sampleBackup();
    const result = parseBackup(JSON.stringify(backup, null, 2));
    expect(result).toEqual({
      ok: true,
      backup,
      summary: {
        highlights: 3,
        notes: 2,
        tags: 2,
        links: 1,
        articles: 2,
        colors: 5,
        reviews: 2,
        userArticles: 2,
      },
    });
    if (result.ok) expect(result.backup).toStrictEqual(backup);
  });

  it('highlights whose colour is not in the file but in the palette it is given', () => {
    const json = sampleJson();
    json.data.colors = [];
    expect(parseBackup(JSON.stringify(json)).ok).toBe(false);
    const known = ['key-claim', 'disputed'];
    expect(parseBackup(JSON.stringify(json), { knownColorIds: known }).ok).toBe(true);
  });
});

describe('parseBackup refuses, saying what and where', () => {
  it('text that is not JSON, quoting the place', () => {
    const [error] = errorsOf(parseBackup('{"format": "sidenote-backup", "version": 1,, }'));
    expect(error?.message).toMatch(/^This file is not JSON; .+near ".*1,, }"/);
    expect(errorsOf(parseBackup('   '))[0]?.message).toBe('This file is empty.');
  });

  it('JSON that is not a Sidenote backup', () => {
    expect(refusedWith([1, 2])).toEqual([
      'This is not a Sidenote backup: expected an object, got an array.',
    ]);
    expect(refusedWith({ format: 'other-app', version: 1 })).toEqual([
      'format: This is not a Sidenote backup: expected "sidenote-backup", got "other-app".',
    ]);
  });

  it('a backup from a newer Sidenote, asking to update', () => {
    const json = { ...sampleJson(), version: 2 };
    expect(refusedWith(json)[0]).toContain(
      'made by a newer Sidenote (version 2); update Sidenote first',
    );
  });

  it.each([0, -1, 1.5, '1', null])('version %j', (version) => {
    const errors = errorsOf(parseBackup(JSON.stringify({ ...sampleJson(), version })));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('version');
  });

  it('a field of the wrong type, with its path', () => {
    const json = sampleJson();
    const target = json.data.highlights[2]?.target as { quote: Record<string, unknown> };
    target.quote.exact = 42;
    expect(refusedWith(json)).toEqual([
      'data.highlights[2].target.quote.exact: expected a string, got the number 42',
    ]);
  });

  it('missing and unknown fields', () => {
    const json = sampleJson();
    delete json.data.tags[1]?.name;
    Object.assign(json.data.links[0] ?? {}, { weight: 3 });
    delete (json.app as Record<string, unknown>).schemaVersion;
    expect(refusedWith(json)).toEqual(['app.schemaVersion: is missing']);
    (json.app as Record<string, unknown>).schemaVersion = 1;
    expect(refusedWith(json)).toEqual([
      'data.tags[1].name: is missing',
      'data.links[0].weight: is not a field Sidenote knows',
    ]);
  });

  it('strings over their limits', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[0] ?? {}, { note: 'x'.repeat(IMPORT_LIMITS.note + 1) });
    Object.assign(json.data.tags[0] ?? {}, { id: 'x'.repeat(IMPORT_LIMITS.id + 1) });
    expect(refusedWith(json)).toEqual([
      `data.highlights[0].note: is too long (100001 characters; at most 100000)`,
      `data.tags[0].id: is too long (201 characters; at most 200)`,
    ]);
  });

  it('dates that are not ISO timestamps, numbers out of range, unknown choices', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[1] ?? {}, { updatedAt: '21.11.2026' });
    Object.assign(json.data.articleStates[0] ?? {}, { progress: 1.5 });
    Object.assign(json.data.colors[0] ?? {}, { swatch: 'red' });
    expect(refusedWith(json)).toEqual([
      'data.highlights[1].updatedAt: expected a date and time like 2026-11-22T09:30:00.000Z, got "21.11.2026"',
      'data.articleStates[0].progress: expected a number from 0 to 1',
      'data.colors[0].swatch: expected one of yellow, green, blue, pink, purple, orange, got "red"',
    ]);
  });

  it('a tag listed twice on one highlight', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[0] ?? {}, { tags: ['t1', 't1'] });
    expect(refusedWith(json)).toEqual(['data.highlights[0].tags: lists the same tag twice']);
  });

  it('an added article whose cached summary is malformed', () => {
    const json = sampleJson();
    const summary = json.data.userArticles[1]?.summary as Row;
    Object.assign(summary, { date: { iso: '2024-05', precision: 'day' }, wordCount: -1 });
    expect(refusedWith(json)).toEqual([
      'data.userArticles[1].summary.date: expected iso as YYYY, YYYY-MM or YYYY-MM-DD, matching precision',
      'data.userArticles[1].summary.wordCount: expected 0 or more',
    ]);
  });

  it('a position whose end comes before its start', () => {
    const json = sampleJson();
    Object.assign((json.data.highlights[0]?.target as Record<string, unknown>) ?? {}, {
      position: { type: 'TextPositionSelector', start: 9, end: 3 },
    });
    expect(refusedWith(json)).toEqual([
      'data.highlights[0].target.position: end comes before start',
    ]);
  });

  it('duplicate ids and tag names within the file', () => {
    const json = sampleJson();
    json.data.highlights.push({ ...json.data.highlights[0] });
    json.data.tags.push({ ...json.data.tags[0], id: 't9', name: ' eskalation ' });
    expect(refusedWith(json)).toEqual([
      'data.highlights[3].id: is the same id as data.highlights[0]',
      'data.tags[2].name: is the same tag name (ignoring case) as data.tags[0]',
    ]);
  });

  it('references to colours, tags and highlights that do not exist', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[0] ?? {}, { colorId: 'lila', tags: ['t1', 'gone'] });
    Object.assign(json.data.links[0] ?? {}, { toId: 'h9' });
    Object.assign(json.data.reviews[0] ?? {}, { highlightId: 'h8' });
    Object.assign(json.data.articleStates[0] ?? {}, { tags: ['nope'] });
    expect(refusedWith(json)).toEqual([
      'data.highlights[0].colorId: no colour "lila" in this file or in Sidenote',
      'data.highlights[0].tags[1]: no tag "gone" in this file',
      'data.articleStates[0].tags[0]: no tag "nope" in this file',
      'data.links[0].toId: no highlight "h9" in this file',
      'data.reviews[0].highlightId: no highlight "h8" in this file',
    ]);
  });

  it('keys that could pollute prototypes, anywhere', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify(sampleBackup()).replace(
        '"note":""',
        `"${key}":{"x":1},"note":""`,
      );
      expect(errorsOf(parseBackup(text)).map(describeTransferError)).toEqual([
        `data.highlights[1][${JSON.stringify(key)}]: a key named "${key}" is not allowed`.replace(
          `[${JSON.stringify(key)}]`,
          key === '__proto__' ? '.__proto__' : `.${key}`,
        ),
      ]);
    }
  });

  it('nesting deeper than the limit', () => {
    const json = sampleJson();
    let deep: unknown = 'x';
    for (let i = 0; i < 30; i += 1) deep = [deep];
    Object.assign(json.data.highlights[0] ?? {}, { note: deep });
    const errors = errorsOf(parseBackup(JSON.stringify(json)));
    expect(errors).toEqual([
      {
        path: `data.highlights[0].note${'[0]'.repeat(16)}`,
        message: 'nested deeper than 20 levels',
      },
    ]);
  });

  it('lists at most 20 problems and says it stopped', () => {
    const json = sampleJson();
    json.data.tags = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}` }));
    const errors = errorsOf(parseBackup(JSON.stringify(json)));
    expect(errors).toHaveLength(IMPORT_LIMITS.errors + 1);
    expect(errors.at(-1)?.message).toBe(
      'Sidenote stopped checking after 20 problems; there may be more.',
    );
  });

  it('a file over the size limit, before parsing it', () => {
    const text = ' '.repeat(IMPORT_LIMITS.fileChars + 1);
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: '', message: 'This file is too large to import (50 MB; the limit is 50 MB).' },
    ]);
  });

  it('but reads a file just under the limit', () => {
    const body = JSON.stringify(sampleBackup());
    const text = body + ' '.repeat(IMPORT_LIMITS.fileChars - body.length);
    expect(text.length).toBe(IMPORT_LIMITS.fileChars);
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('createBackup with damaged records', () => {
  it('exports a record damaged in storage as it is instead of failing', () => {
    const damaged = { id: 'x', articleId: 'a', target: null, tags: 5 } as unknown;
    const data = {
      highlights: [damaged],
      articleStates: [],
      tags: [],
      colors: [],
      links: [],
      reviews: [],
      userArticles: [],
    } as unknown as Parameters<typeof createBackup>[0];
    const backup = createBackup(data, '2026-11-22T00:00:00.000Z', 1);
    expect(backup.data.highlights).toEqual([{ id: 'x', articleId: 'a', target: null, tags: 5 }]);
  });
});
