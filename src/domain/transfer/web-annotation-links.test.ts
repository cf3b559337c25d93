import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATIONS } from '@/domain/annotations/links';
import type { HighlightLink } from '@/domain/annotations/types';
import { T0, T1, highlight } from './backup.fixture';
import { describeTransferError } from './errors';
import { toWebAnnotations } from './web-annotation-export';
import { fromWebAnnotations, type WebAnnotationImportResult } from './web-annotation-import';
import { isLinkAnnotation } from './web-annotation-types';
import { w3cCollectionProblems } from './web-annotation-w3c.fixture';
import { ARTICLES, BASE, annotation, exportSample, refused } from './web-annotation.fixture';

function accepted(result: WebAnnotationImportResult) {
  if (!result.ok) throw new Error(result.errors.map(describeTransferError).join('\n'));
  return result;
}

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A linking annotation between two targets, as another tool (or an older file) might write it. */
function linking(target: unknown[], patch: Record<string, unknown> = {}) {
  return { id: 'urn:x:link', type: 'Annotation', motivation: 'linking', target, ...patch };
}

describe('links in Web Annotations, export then import', () => {
  it('reads an export back into the same links (relation, note, ends), dropping nothing', () => {
    const { data, collection } = exportSample();
    const result = accepted(
      fromWebAnnotations(JSON.stringify(collection), { colors: data.colors }),
    );
    expect(result.backup.data.links).toEqual(data.links);
    expect(result.summary.links).toBe(1);
    expect(result.dropped).toEqual([]);
  });

  it('keeps tag ids, as written now (sidenote:tagId) and as written before (the body’s id)', () => {
    const { data, collection } = exportSample();
    const before = JSON.parse(JSON.stringify(collection)) as typeof collection;
    for (const item of before.first.items) {
      for (const body of item.body ?? []) {
        const tagId = body['sidenote:tagId'];
        if (tagId !== undefined) {
          delete body['sidenote:tagId'];
          Object.assign(body, { id: `urn:sidenote:tag:${tagId}` });
        }
      }
    }
    for (const file of [collection, before]) {
      const result = accepted(fromWebAnnotations(JSON.stringify(file), { colors: data.colors }));
      expect(result.backup.data.tags.map((t) => t.id)).toEqual(['t1', 't2']);
      expect(byId(result.backup.data.highlights)).toEqual(byId(data.highlights));
    }
  });

  it('holds for any highlights and links between them (property)', () => {
    const relation = fc.constantFrom(...RELATIONS.map((r) => r.id));
    const note = fc.string({ maxLength: 30 }).map((n) => (n.trim() === '' ? '' : n));
    const time = fc
      .integer({ min: Date.parse('2000-01-01'), max: Date.parse('2100-01-01') })
      .map((ms) => new Date(ms).toISOString());
    const world = fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 6 })
      .chain((ids) =>
        fc.record({
          ids: fc.constant(ids),
          articles: fc.array(fc.constantFrom('nato-2022', 'ukraine-2024'), {
            minLength: ids.length,
            maxLength: ids.length,
          }),
          links: fc.uniqueArray(
            fc.record({
              from: fc.nat(ids.length - 1),
              to: fc.nat(ids.length - 1),
              id: fc.string({ minLength: 1, maxLength: 12 }),
              relation,
              note,
              createdAt: time,
            }),
            {
              maxLength: 6,
              selector: (l) => [Math.min(l.from, l.to), Math.max(l.from, l.to)].join(),
            },
          ),
        }),
      );
    fc.assert(
      fc.property(world, ({ ids, articles, links }) => {
        const highlights = ids.map((id, i) =>
          highlight(id, { articleId: articles[i] ?? 'nato-2022' }),
        );
        const made: HighlightLink[] = [];
        const linkIds = new Set<string>();
        for (const l of links) {
          const [fromId, toId] = [ids[l.from], ids[l.to]];
          if (fromId === undefined || toId === undefined || fromId === toId) continue;
          if (linkIds.has(l.id) || ids.includes(l.id)) continue;
          linkIds.add(l.id);
          made.push({
            id: l.id,
            fromId,
            toId,
            relation: l.relation,
            note: l.note,
            createdAt: l.createdAt,
          });
        }
        const collection = toWebAnnotations(highlights, [], [], ARTICLES, BASE, { links: made });
        const result = accepted(fromWebAnnotations(JSON.stringify(collection)));
        expect(byId(result.backup.data.links)).toEqual(byId(made));
        expect(result.dropped).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('still meets the W3C suite with links whose ends are in other articles', () => {
    const a = highlight('a');
    const b = highlight('b', { articleId: 'ukraine-2024' });
    const link: HighlightLink = {
      id: '0f8fad5b-d9cb-469f-a165-70867728950f',
      fromId: 'a',
      toId: 'b',
      relation: 'same-event',
      note: 'Beide berichten vom Gipfel.\nZweite Zeile.',
      createdAt: T0,
    };
    const collection = toWebAnnotations([a, b], [], [], ARTICLES, BASE, { links: [link] });
    expect(collection.first.items.filter(isLinkAnnotation)[0]?.id).toBe(`urn:uuid:${link.id}`);
    expect(w3cCollectionProblems(collection)).toEqual([]);
  });
});

describe('reading linking annotations', () => {
  const h1 = annotation({ id: 'urn:sidenote:highlight:h1' });
  const h2 = annotation({
    id: 'urn:sidenote:highlight:h2',
    target: {
      source: `${BASE}/read/ukraine-2024`,
      selector: [
        { type: 'TextPositionSelector', start: 0, end: 5 },
        { type: 'TextQuoteSelector', exact: 'Kiew.' },
      ],
    },
  });
  const endOf = (a: Record<string, unknown>) => ({
    ...(a.target as object),
    'sidenote:highlight': a.id,
  });

  it('drops a link whose passages are neither in the file nor here, and says how many and where', () => {
    const file = [
      h1,
      h2,
      linking([endOf(h1), endOf(h2)], { id: 'urn:x:ok' }),
      linking(
        [endOf(h1), { source: `${BASE}/read/nato-2022`, 'sidenote:highlight': 'urn:x:gone' }],
        {
          id: 'urn:x:half',
        },
      ),
      linking(['urn:x:gone-1', 'urn:x:gone-2'], { id: 'urn:x:none' }),
    ];
    const result = accepted(fromWebAnnotations(JSON.stringify(file), { now: T1 }));
    expect(result.backup.data.highlights.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(result.backup.data.links).toEqual([
      { id: 'urn:x:ok', fromId: 'h1', toId: 'h2', relation: 'other', note: '', createdAt: T1 },
    ]);
    expect(result.dropped).toEqual([{ code: 'linkEndsMissing', count: 2, paths: ['[3]', '[4]'] }]);
    expect(result.summary).toMatchObject({ highlights: 2, links: 1 });
  });

  it('links to a highlight already here (knownHighlightIds), not in the file', () => {
    const file = [h1, linking([endOf(h1), 'urn:sidenote:highlight:here'])];
    const alone = accepted(fromWebAnnotations(JSON.stringify(file)));
    expect(alone.backup.data.links).toEqual([]);
    expect(alone.dropped).toMatchObject([{ code: 'linkEndsMissing', count: 1 }]);
    const result = accepted(
      fromWebAnnotations(JSON.stringify(file), { knownHighlightIds: ['here'], now: T1 }),
    );
    expect(result.backup.data.links).toMatchObject([{ fromId: 'h1', toId: 'here' }]);
    expect(result.summary.links).toBe(1);
    expect(result.dropped).toEqual([]);
  });

  it('finds an end by its passage or by the highlight annotation’s IRI, as other tools write them', () => {
    const file = [
      h1,
      h2,
      linking([h1.target, 'urn:sidenote:highlight:h2'], {
        body: [
          { type: 'TextualBody', purpose: 'classifying', value: 'Supports' },
          { type: 'TextualBody', value: 'Gleiche Zahl' },
        ],
        created: '2024-05-29T10:00:00+02:00',
      }),
    ];
    const result = accepted(fromWebAnnotations(JSON.stringify(file)));
    expect(result.backup.data.links).toEqual([
      {
        id: 'urn:x:link',
        fromId: 'h1',
        toId: 'h2',
        relation: 'supports',
        note: 'Gleiche Zahl',
        createdAt: '2024-05-29T08:00:00.000Z',
      },
    ]);
  });

  it('reads a relation it does not know as related, and keeps the note from bodyValue', () => {
    const file = [
      h1,
      h2,
      linking(['urn:sidenote:highlight:h1', 'urn:sidenote:highlight:h2'], {
        bodyValue: 'Warum',
        body: { type: 'TextualBody', purpose: 'classifying', value: 'refutes' },
      }),
    ];
    const result = accepted(fromWebAnnotations(JSON.stringify(file)));
    expect(result.backup.data.links).toMatchObject([{ relation: 'other', note: 'Warum' }]);
  });

  it('refuses a file linking the same two passages twice, or one passage to itself', () => {
    const twice = [
      h1,
      h2,
      linking(['urn:sidenote:highlight:h1', 'urn:sidenote:highlight:h2'], { id: 'urn:x:1' }),
      linking(['urn:sidenote:highlight:h2', 'urn:sidenote:highlight:h1'], { id: 'urn:x:2' }),
    ];
    expect(refused(fromWebAnnotations(JSON.stringify(twice)))).toEqual([
      '[3].target: duplicate.linkPair',
    ]);
    const itself = [h1, linking(['urn:sidenote:highlight:h1', 'urn:sidenote:highlight:h1'])];
    expect(refused(fromWebAnnotations(JSON.stringify(itself)))).toEqual(['[1]: linksItself']);
  });

  it('says which bodies it left out: a web page, an image or a tag on a link has no place here', () => {
    const file = [
      {
        ...h1,
        body: [
          { type: 'TextualBody', value: 'Eine Notiz' },
          { type: 'SpecificResource', source: 'https://example.org/bild.jpg' },
          'https://example.org/seite',
        ],
      },
      h2,
      linking(['urn:sidenote:highlight:h1', 'urn:sidenote:highlight:h2'], {
        body: [
          { type: 'TextualBody', purpose: 'classifying', value: 'supports' },
          { type: 'Image', id: 'https://example.org/karte.png' },
          { type: 'TextualBody', purpose: 'tagging', value: 'Gipfel' },
        ],
      }),
    ];
    const result = accepted(fromWebAnnotations(JSON.stringify(file)));
    expect(result.backup.data.highlights.find((h) => h.id === 'h1')?.note).toBe('Eine Notiz');
    expect(result.backup.data.links).toMatchObject([{ relation: 'supports' }]);
    expect(result.dropped).toEqual([
      {
        code: 'bodiesLeftOut',
        count: 4,
        paths: ['[0].body[1]', '[0].body[2]', '[2].body[1]', '[2].body[2]'],
      },
    ]);
  });

  it('refuses a link annotation with the id of a highlight annotation', () => {
    const file = [
      h1,
      h2,
      linking(['urn:sidenote:highlight:h1', 'urn:sidenote:highlight:h2'], {
        id: 'urn:sidenote:highlight:h1',
      }),
    ];
    expect(refused(fromWebAnnotations(JSON.stringify(file)))).toEqual(['[2].id: duplicate.id']);
  });
});
