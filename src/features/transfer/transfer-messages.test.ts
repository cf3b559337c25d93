/**
 * The import errors, counts and study sheet as people read them: the domain gives codes and
 * values (src/domain/transfer), the transfer catalog words them, in English and in German.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  fromWebAnnotations,
  parseBackup,
  toMarkdownSheet,
  zeroCounts,
  type ImportResult,
  type TransferError,
  type TransferKind,
} from '@/domain/transfer';
import { sampleBackup } from '@/domain/transfer/backup.fixture';
import { annotation, BASE } from '@/domain/transfer/web-annotation.fixture';
import { IMPORT_LIMITS } from '@/domain/transfer/limits';
import { loadLocale, t } from '@/shared/i18n';
import { sheetLabels } from './sheet';
import { countsText, previewText, transferErrorText } from './words';

type Row = Record<string, unknown>;

function sampleJson(): Row & { data: Record<TransferKind, Row[]> } {
  return JSON.parse(JSON.stringify(sampleBackup()));
}

/** "path: message" as the import section shows it (the path in front, the message worded). */
const shown = (e: TransferError) =>
  e.path === '' ? transferErrorText(e, t) : `${e.path}: ${transferErrorText(e, t)}`;

function refused(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(shown);
}

const refusedWith = (json: unknown) => refused(parseBackup(JSON.stringify(json)));

afterEach(() => loadLocale('en'));

describe('import errors in English', () => {
  it('words files that are not JSON or not a backup', () => {
    expect(refused(parseBackup('{"format": "sidenote-backup", "version": 1,, }'))[0]).toMatch(
      /^This file is not JSON; it stops making sense at line 1, column \d+ \(near ".*1,, }"\)\. Choose the \.json file saved with “Download backup”, or a \.jsonld file of Web Annotations\.$/,
    );
    expect(refused(parseBackup('   '))).toEqual(['This file is empty.']);
    expect(refused(parseBackup('PK\u0003\u0004\u0000garbage'))[0]).toMatch(
      /^This file is not JSON text but binary data \(an image, an archive or a program, perhaps\)\. Choose/,
    );
    expect(refusedWith([1, 2])).toEqual([
      'This is not a Sidenote backup: expected an object, got an array.',
    ]);
    expect(refusedWith({ format: 'other-app', version: 1 })).toEqual([
      'format: This is not a Sidenote backup: expected "sidenote-backup", got "other-app".',
    ]);
    expect(refusedWith({ ...sampleJson(), version: 3 })).toEqual([
      'version: This backup was made by a newer Sidenote (version 3); update Sidenote first. This one reads backup versions up to 2.',
    ]);
    expect(refusedWith({ ...sampleJson(), version: 1.5 })).toEqual([
      'version: expected a whole number, got the number 1.5',
    ]);
    expect(refused(parseBackup(' '.repeat(IMPORT_LIMITS.fileChars + 1)))).toEqual([
      'This file is too large to import (50 MB; the limit is 50 MB).',
    ]);
  });

  it('words problems in fields, with their paths', () => {
    const json = sampleJson();
    const target = json.data.highlights[2]?.target as { quote: Row };
    target.quote.exact = 42;
    expect(refusedWith(json)).toEqual([
      'data.highlights[2].target.quote.exact: expected a string, got the number 42',
    ]);

    const missing = sampleJson();
    delete missing.data.tags[1]?.name;
    Object.assign(missing.data.links[0] ?? {}, { weight: 3 });
    expect(refusedWith(missing)).toEqual([
      'data.tags[1].name: is missing',
      'data.links[0].weight: is not a field Sidenote knows',
    ]);

    const long = sampleJson();
    Object.assign(long.data.highlights[0] ?? {}, { note: 'x'.repeat(IMPORT_LIMITS.note + 1) });
    Object.assign(long.data.highlights[1] ?? {}, { updatedAt: '21.11.2026' });
    Object.assign(long.data.articleStates[0] ?? {}, { progress: 1.5 });
    Object.assign(long.data.colors[0] ?? {}, { swatch: 'red' });
    expect(refusedWith(long)).toEqual([
      'data.highlights[0].note: is too long (100001 characters; at most 100000)',
      'data.highlights[1].updatedAt: expected a date and time like 2026-11-22T09:30:00.000Z, got "21.11.2026"',
      'data.articleStates[0].progress: expected a number from 0 to 1',
      'data.colors[0].swatch: expected one of yellow, green, blue, pink, purple, orange, got "red"',
    ]);

    const summary = sampleJson();
    Object.assign(summary.data.userArticles[1]?.summary as Row, {
      date: { iso: '2024-05', precision: 'day' },
      wordCount: -1,
    });
    Object.assign(summary.data.highlights[0] ?? {}, { tags: ['t1', 't1'] });
    expect(refusedWith(summary)).toEqual([
      'data.highlights[0].tags: lists the same tag twice',
      'data.userArticles[1].summary.date: expected iso as YYYY, YYYY-MM or YYYY-MM-DD, matching precision',
      'data.userArticles[1].summary.wordCount: expected 0 or more',
    ]);
  });

  it('words duplicates, missing references, forbidden keys and the stop', () => {
    const dup = sampleJson();
    dup.data.highlights.push({ ...dup.data.highlights[0] });
    dup.data.tags.push({ ...dup.data.tags[0], id: 't9', name: ' eskalation ' });
    expect(refusedWith(dup)).toEqual([
      'data.highlights[3].id: is the same id as data.highlights[0]',
      'data.tags[2].name: is the same tag name (ignoring case) as data.tags[0]',
    ]);

    const refs = sampleJson();
    Object.assign(refs.data.highlights[0] ?? {}, { colorId: 'lila', tags: ['t1', 'gone'] });
    Object.assign(refs.data.links[0] ?? {}, { toId: 'h9' });
    expect(refusedWith(refs)).toEqual([
      'data.highlights[0].colorId: no colour "lila" in this file or in Sidenote',
      'data.highlights[0].tags[1]: no tag "gone" in this file',
      'data.links[0].toId: no highlight "h9" in this file',
    ]);

    const text = JSON.stringify(sampleBackup()).replace('"note":""', '"__proto__":{},"note":""');
    expect(refused(parseBackup(text))).toEqual([
      'data.highlights[1].__proto__: a key named "__proto__" is not allowed',
    ]);

    const many = sampleJson();
    many.data.tags = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}` }));
    expect(refusedWith(many).at(-1)).toBe(
      'Sidenote stopped checking after 20 problems; there may be more.',
    );
  });

  it('words Web Annotation problems', () => {
    const file = [
      annotation({ target: { source: 'https://example.org/story', selector: [] } }),
      annotation({
        id: 'urn:x:2',
        target: { ...(annotation().target as object), source: `${BASE}/read/other` },
      }),
    ];
    expect(
      refused(fromWebAnnotations(JSON.stringify(file), { articleIds: ['nato-2022'] })),
    ).toEqual([
      '[0].target.source: "https://example.org/story" is not a Sidenote article address (…/read/<article>)',
      '[1].target.source: article "other" is not in this library',
    ]);
    expect(refused(fromWebAnnotations('[]'))).toEqual(['This file has no annotations.']);
    expect(refused(fromWebAnnotations('{"type":"Book"}'))).toEqual([
      'This is not a W3C Web Annotation file: expected an Annotation, an AnnotationPage, an AnnotationCollection or a list of annotations.',
    ]);
    expect(
      refused(fromWebAnnotations('{"type":"AnnotationCollection","first":"https://x/page1"}')),
    ).toEqual(['first: is an address; Sidenote reads only pages embedded in the file']);
    const page = {
      type: 'AnnotationPage',
      items: [
        annotation({
          target: { source: `${BASE}/read/a`, selector: { type: 'TextQuoteSelector' } },
        }),
        annotation({ id: 'urn:x:c', type: 'Note' }),
        annotation({ id: 'urn:x:d' }),
        annotation({ id: 'urn:x:d' }),
      ],
    };
    expect(refused(fromWebAnnotations(JSON.stringify(page)))).toEqual([
      'items[0].target.selector: needs a TextPositionSelector and a TextQuoteSelector',
      'items[1].type: expected "Annotation"',
      'items[3].id: is the same id as items[2]',
    ]);
  });
});

describe('import errors in German', () => {
  it('words the same problems in German, keeping the paths', async () => {
    await loadLocale('de');
    const json = sampleJson();
    const target = json.data.highlights[2]?.target as { quote: Row };
    target.quote.exact = 42;
    Object.assign(json.data.highlights[0] ?? {}, { note: 'x'.repeat(IMPORT_LIMITS.note + 1) });
    delete json.data.tags[1]?.name;
    expect(refusedWith(json)).toEqual([
      'data.highlights[0].note: ist zu lang (100.001 Zeichen; höchstens 100.000)',
      'data.highlights[2].target.quote.exact: sollte Text sein, ist aber die Zahl 42',
      'data.tags[1].name: fehlt',
    ]);
    expect(refusedWith([1, 2])).toEqual([
      'Das ist keine Sidenote-Sicherung: Sie sollte ein Objekt sein, ist aber eine Liste.',
    ]);
    expect(refused(parseBackup('   '))).toEqual(['Diese Datei ist leer.']);
    expect(refused(parseBackup('{\n  "a": 1\n  "b": 2\n}'))[0]).toMatch(
      /^Diese Datei ist kein JSON; ab Zeile 3, Spalte 3 ergibt sie keinen Sinn mehr \(bei „\{ "a": 1 "b": 2 }“\)\. Wähl die \.json-Datei, die du mit „Sicherung herunterladen“ gespeichert hast/,
    );
    expect(
      transferErrorText({ path: '', code: 'fileTooLarge', params: { size: 63.5, limit: 50 } }, t),
    ).toBe('Diese Datei ist zu groß zum Importieren (63,5 MB; die Grenze liegt bei 50 MB).');
    const many = sampleJson();
    many.data.tags = Array.from({ length: 50 }, (_, i) => ({ id: `x${i}` }));
    expect(refusedWith(many).at(-1)).toBe(
      'Sidenote hat nach 20 Problemen aufgehört zu prüfen; es kann weitere geben.',
    );
  });
});

describe('import counts', () => {
  const counts = { ...zeroCounts(), highlights: 1, tags: 2, links: 1 };
  const preview = {
    new: counts,
    updated: { ...zeroCounts(), highlights: 3 },
    articleParts: { new: { notes: 0, tagged: 1 }, updated: { notes: 2, tagged: 0 } },
    conflicts: [{}],
  } as unknown as Parameters<typeof previewText>[0];

  it('counts what the person made, with plurals right, in English', () => {
    expect(countsText(counts, { notes: 0, tagged: 1 }, t)).toBe(
      '1 highlight, 1 tagged article, 2 tags, 1 link between passages',
    );
    expect(countsText({ ...zeroCounts(), articleStates: 2 }, { notes: 2, tagged: 1 }, t)).toBe(
      '2 article notes, 1 tagged article',
    );
    expect(countsText({ ...zeroCounts(), articleStates: 3 }, { notes: 0, tagged: 0 }, t)).toBe('');
    expect(previewText(preview, t)).toBe(
      '1 highlight, 1 tagged article, 2 tags, 1 link between passages to add; 3 highlights, 2 article notes to update; 1 conflict',
    );
  });

  it('counts in German', async () => {
    await loadLocale('de');
    expect(countsText(counts, { notes: 0, tagged: 1 }, t)).toBe(
      '1 Markierung, 1 verschlagworteter Artikel, 2 Schlagwörter, 1 Verknüpfung zwischen Textstellen',
    );
    expect(previewText(preview, t)).toBe(
      'neu: 1 Markierung, 1 verschlagworteter Artikel, 2 Schlagwörter, 1 Verknüpfung zwischen Textstellen; geändert: 3 Markierungen, 2 Artikelnotizen; 1 Konflikt',
    );
    expect(t('transfer.import.preview.conflicts', { count: 2 })).toBe('2 Konflikte');
  });
});

describe('the study sheet follows the interface language', () => {
  const input = {
    title: 'Study sheet: all highlights',
    generatedAt: '2026-11-22T08:00:00.000Z',
    articles: [
      {
        id: 'a',
        title: 'Die NATO und Russland',
        language: 'de',
        date: { iso: '2022-10-03', precision: 'day' as const },
        source: 'WSWS.ORG',
        tags: ['NATO'],
        highlights: [{ quote: 'Zitat', note: '', tags: ['Eskalation'], colorLabel: 'Key claim' }],
      },
      { id: 'b', title: '', highlights: [] },
    ],
  };

  it('in English', () => {
    const sheet = toMarkdownSheet(input, sheetLabels(t, 'en'));
    expect(sheet).toContain('_Made with Sidenote on 22 November 2026 · 2 articles · 1 highlight_');
    expect(sheet).toContain('Tags: NATO');
    expect(sheet).toContain('**Key claim** · Tags: Eskalation');
    expect(sheet).toContain('## Untitled\n\n_No highlights._');
  });

  it('in German', async () => {
    await loadLocale('de');
    const sheet = toMarkdownSheet(input, sheetLabels(t, 'de'));
    expect(sheet).toContain(
      '_Erstellt mit Sidenote am 22. November 2026 · 2 Artikel · 1 Markierung_',
    );
    expect(sheet).toContain('WSWS.ORG · 3. Oktober 2022');
    expect(sheet).toContain('Schlagwörter: NATO');
    expect(sheet).toContain('## Ohne Titel\n\n_Keine Markierungen._');
  });
});
