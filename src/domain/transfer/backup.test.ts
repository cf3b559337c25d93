import { describe, expect, it } from 'vitest';
import { sampleBackup, sampleData } from './backup.fixture';
import { createBackup, parseBackup } from './backup';
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

/** Where and what: `data.tags[1].name: missing` (the interface words each code; see src/features/transfer). */
const where = (e: TransferError) => (e.path === '' ? e.code : `${e.path}: ${e.code}`);

function refusedWith(json: unknown): string[] {
  return errorsOf(parseBackup(JSON.stringify(json))).map(where);
}

describe('createBackup', () => {
  it('wraps the data with format, version, time and app, tables sorted by id', () => {
    const data = sampleData();
    data.highlights.reverse();
    const backup = createBackup(data, new Date('2026-11-22T08:00:00.000Z'), 3);
    expect(backup).toMatchObject({
      format: 'sidenote-backup',
      version: 2,
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
    expect(error).toMatchObject({
      path: '',
      code: 'notJsonAt',
      params: { line: 1, near: expect.stringMatching(/1,, }$/) },
    });
    expect(errorsOf(parseBackup('   '))[0]?.code).toBe('emptyFile');
  });

  it('JSON that is not a Sidenote backup', () => {
    expect(errorsOf(parseBackup('[1,2]'))).toEqual([
      { path: '', code: 'notBackupObject', params: { got: { kind: 'array' } } },
    ]);
    expect(errorsOf(parseBackup(JSON.stringify({ format: 'other-app', version: 1 })))).toEqual([
      {
        path: 'format',
        code: 'notBackupFormat',
        params: { format: 'sidenote-backup', got: { kind: 'string', text: '"other-app"' } },
      },
    ]);
  });

  it('keeps article details, speaker corrections and dismissed pairs (format 2)', () => {
    const json = sampleJson();
    const state = json.data.articleStates[0] as Row;
    state.details = { outlet: 'Infobae', date: '2022-03-23', url: 'https://www.infobae.com/x' };
    state.speakers = { q1: 'Jens Stoltenberg', q2: '' };
    state.dismissedPairs = ['ukraine-2024|k1'];
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok && result.backup.data.articleStates[0]).toMatchObject({
      details: { outlet: 'Infobae', date: '2022-03-23' },
      speakers: { q1: 'Jens Stoltenberg', q2: '' },
      dismissedPairs: ['ukraine-2024|k1'],
    });
    state.details = { date: '23.03.2022' };
    expect(errorsOf(parseBackup(JSON.stringify(json)))[0]?.path).toBe(
      'data.articleStates[0].details.date',
    );
  });

  it('a backup from a newer Sidenote, asking to update', () => {
    const json = { ...sampleJson(), version: 3 };
    expect(errorsOf(parseBackup(JSON.stringify(json)))).toEqual([
      { path: 'version', code: 'versionNewer', params: { version: 3, newest: 2 } },
    ]);
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
    expect(errorsOf(parseBackup(JSON.stringify(json)))).toEqual([
      {
        path: 'data.highlights[2].target.quote.exact',
        code: 'expected.string',
        params: { got: { kind: 'number', text: '42' } },
      },
    ]);
  });

  it('missing and unknown fields', () => {
    const json = sampleJson();
    delete json.data.tags[1]?.name;
    Object.assign(json.data.links[0] ?? {}, { weight: 3 });
    delete (json.app as Record<string, unknown>).schemaVersion;
    expect(refusedWith(json)).toEqual(['app.schemaVersion: missing']);
    (json.app as Record<string, unknown>).schemaVersion = 1;
    expect(refusedWith(json)).toEqual([
      'data.tags[1].name: missing',
      'data.links[0].weight: unknownField',
    ]);
  });

  it('strings over their limits', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[0] ?? {}, { note: 'x'.repeat(IMPORT_LIMITS.note + 1) });
    Object.assign(json.data.tags[0] ?? {}, { id: 'x'.repeat(IMPORT_LIMITS.id + 1) });
    expect(errorsOf(parseBackup(JSON.stringify(json)))).toEqual([
      { path: 'data.highlights[0].note', code: 'tooLong', params: { length: 100001, max: 100000 } },
      { path: 'data.tags[0].id', code: 'tooLong', params: { length: 201, max: 200 } },
    ]);
  });

  it('dates that are not ISO timestamps, numbers out of range, unknown choices', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[1] ?? {}, { updatedAt: '21.11.2026' });
    Object.assign(json.data.articleStates[0] ?? {}, { progress: 1.5 });
    Object.assign(json.data.colors[0] ?? {}, { swatch: 'red' });
    expect(refusedWith(json)).toEqual([
      'data.highlights[1].updatedAt: expected.timestamp',
      'data.articleStates[0].progress: zeroToOne',
      'data.colors[0].swatch: expected.oneOf',
    ]);
  });

  it('a tag listed twice on one highlight', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[0] ?? {}, { tags: ['t1', 't1'] });
    expect(refusedWith(json)).toEqual(['data.highlights[0].tags: sameTagTwice']);
  });

  it('an added article whose cached summary is malformed', () => {
    const json = sampleJson();
    const summary = json.data.userArticles[1]?.summary as Row;
    Object.assign(summary, { date: { iso: '2024-05', precision: 'day' }, wordCount: -1 });
    expect(refusedWith(json)).toEqual([
      'data.userArticles[1].summary.date: articleDate',
      'data.userArticles[1].summary.wordCount: zeroOrMore',
    ]);
  });

  it('a position whose end comes before its start', () => {
    const json = sampleJson();
    Object.assign((json.data.highlights[0]?.target as Record<string, unknown>) ?? {}, {
      position: { type: 'TextPositionSelector', start: 9, end: 3 },
    });
    expect(refusedWith(json)).toEqual(['data.highlights[0].target.position: endBeforeStart']);
  });

  it('duplicate ids and tag names within the file', () => {
    const json = sampleJson();
    json.data.highlights.push({ ...json.data.highlights[0] });
    json.data.tags.push({ ...json.data.tags[0], id: 't9', name: ' eskalation ' });
    expect(refusedWith(json)).toEqual([
      'data.highlights[3].id: duplicate.id',
      'data.tags[2].name: duplicate.tagName',
    ]);
    expect(errorsOf(parseBackup(JSON.stringify(json)))[0]?.params).toEqual({
      first: 'data.highlights[0]',
    });
  });

  it('references to colours, tags and highlights that do not exist', () => {
    const json = sampleJson();
    Object.assign(json.data.highlights[0] ?? {}, { colorId: 'lila', tags: ['t1', 'gone'] });
    Object.assign(json.data.links[0] ?? {}, { toId: 'h9' });
    Object.assign(json.data.reviews[0] ?? {}, { highlightId: 'h8' });
    Object.assign(json.data.articleStates[0] ?? {}, { tags: ['nope'] });
    expect(refusedWith(json)).toEqual([
      'data.highlights[0].colorId: missingColor',
      'data.highlights[0].tags[1]: missingTag',
      'data.articleStates[0].tags[0]: missingTag',
      'data.links[0].toId: missingHighlight',
      'data.reviews[0].highlightId: missingHighlight',
    ]);
    expect(errorsOf(parseBackup(JSON.stringify(json))).map((e) => e.params?.id)).toEqual([
      'lila',
      'gone',
      'nope',
      'h9',
      'h8',
    ]);
  });

  it('keys that could pollute prototypes, anywhere', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify(sampleBackup()).replace(
        '"note":""',
        `"${key}":{"x":1},"note":""`,
      );
      expect(errorsOf(parseBackup(text))).toEqual([
        { path: `data.highlights[1].${key}`, code: 'forbiddenKey', params: { key } },
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
        code: 'tooDeep',
        params: { max: 20 },
      },
    ]);
  });

  it('lists at most 20 problems and says it stopped', () => {
    const json = sampleJson();
    json.data.tags = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}` }));
    const errors = errorsOf(parseBackup(JSON.stringify(json)));
    expect(errors).toHaveLength(IMPORT_LIMITS.errors + 1);
    expect(errors.at(-1)).toEqual({ path: '', code: 'stoppedChecking', params: { max: 20 } });
  });

  it('a file over the size limit, before parsing it', () => {
    const text = ' '.repeat(IMPORT_LIMITS.fileChars + 1);
    expect(errorsOf(parseBackup(text))).toEqual([
      { path: '', code: 'fileTooLarge', params: { size: 50, limit: 50 } },
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
