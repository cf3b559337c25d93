import { describe, expect, it } from 'vitest';
import { T0 } from './backup.fixture';
import { describeTransferError } from './errors';
import { fromWebAnnotations } from './web-annotation-import';
import { highlight } from './backup.fixture';
import { toWebAnnotations } from './web-annotation-export';
import { isLinkAnnotation, type WebAnnotation } from './web-annotation-types';
import { w3cCollectionProblems, w3cProblems } from './web-annotation-w3c.fixture';
import { ARTICLES, BASE, UUID, exportSample } from './web-annotation.fixture';

const highlightsOf = (items: ReturnType<typeof exportSample>['collection']['first']['items']) =>
  items.filter((a): a is WebAnnotation => !isLinkAnnotation(a));

describe('toWebAnnotations', () => {
  it('writes a W3C AnnotationCollection with Sidenote terms declared in the context', () => {
    const { collection } = exportSample();
    expect(collection['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { sidenote: 'urn:sidenote:terms:' },
    ]);
    expect(collection).toMatchObject({
      id: 'urn:sidenote:annotations',
      type: 'AnnotationCollection',
      total: 5,
      first: { id: 'urn:sidenote:annotations#page-1', type: 'AnnotationPage' },
    });
    expect(collection.first.items).toHaveLength(5);
  });

  it('meets every MUST of the W3C Web Annotation test suite (collection, page, each annotation)', () => {
    const { collection } = exportSample();
    expect(collection.first.items.some(isLinkAnnotation)).toBe(true);
    expect(w3cCollectionProblems(collection)).toEqual([]);
    const named = toWebAnnotations([], [], [], [], BASE, { id: `urn:uuid:${UUID}` });
    expect(w3cCollectionProblems(named)).toEqual([]);
  });

  it('is checked by the suite for real: a broken annotation fails it', () => {
    const { collection } = exportSample();
    const link = collection.first.items.find(isLinkAnnotation);
    const context = { '@context': collection['@context'] };
    expect(w3cProblems({ ...context, ...link }, 'annotation')).toEqual([]);
    const noSource = { ...context, ...link, target: [{ type: 'SpecificResource', selector: [] }] };
    expect(w3cProblems(noSource, 'annotation').join('\n')).toMatch(/3\.2-targetObjectsRecognized/);
    const both = { ...context, ...link, bodyValue: 'x' };
    expect(w3cProblems(both, 'annotation').join('\n')).toMatch(/3\.2\.5-notBodyBodyValue/);
    const oldTagBody = {
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'x',
      id: 'urn:sidenote:tag:t1',
    };
    const h1 = highlightsOf(collection.first.items)[0];
    expect(w3cProblems({ ...context, ...h1, body: [oldTagBody] }, 'annotation').join('\n')).toMatch(
      /3\.3\.5-bodyEWRNoPurpose/,
    );
    expect(w3cProblems({ ...collection, id: undefined }, 'collection').join('\n')).toMatch(
      /5\.1-collectionIdValidated/,
    );
  });

  it('writes each highlight as an Annotation with selectors, note, tags and colour', () => {
    const { collection } = exportSample();
    const h1 = highlightsOf(collection.first.items).find(
      (a) => a.id === 'urn:sidenote:highlight:h1',
    );
    expect(h1).toEqual({
      id: 'urn:sidenote:highlight:h1',
      type: 'Annotation',
      motivation: 'commenting',
      created: T0,
      modified: T0,
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Die **Eskalation** beginnt hier.',
          format: 'text/markdown',
        },
        { type: 'TextualBody', purpose: 'tagging', value: 'Eskalation', 'sidenote:tagId': 't1' },
        { type: 'TextualBody', purpose: 'tagging', value: 'Ökonomie', 'sidenote:tagId': 't2' },
      ],
      target: {
        type: 'SpecificResource',
        source: `${BASE}/read/nato-2022`,
        selector: [
          { type: 'TextPositionSelector', start: 10, end: 33 },
          {
            type: 'TextQuoteSelector',
            exact: 'Zitat h1 über die Größe',
            prefix: 'Vor ',
            suffix: ' danach',
          },
        ],
        'sidenote:textHash': 'a'.repeat(64),
        'sidenote:articleTitle': 'Die NATO und Russland',
        'sidenote:articleSource': 'WSWS.ORG',
      },
      'sidenote:color': 'Key claim',
      'sidenote:colorId': 'key-claim',
    });
    const plain = highlightsOf(collection.first.items).find(
      (a) => a.id === 'urn:sidenote:highlight:h3',
    );
    expect(plain?.motivation).toBe('highlighting');
    expect(plain?.body).toBeUndefined();
    expect(collection.first.items.some((a) => a.id === `urn:uuid:${UUID}`)).toBe(true);
  });

  it('orders highlights by article, then by position, then the links', () => {
    const { collection } = exportSample();
    expect(
      highlightsOf(collection.first.items).map((a) => a.target.source.split('/').pop()),
    ).toEqual(['nato-2022', 'nato-2022', 'nato-2022', 'ukraine-2024']);
    expect(collection.first.items.at(-1)?.motivation).toBe('linking');
  });

  it('writes each link as a linking annotation: both passages as targets, relation and note as bodies', () => {
    const { collection } = exportSample();
    const link = collection.first.items.find(isLinkAnnotation);
    expect(link).toEqual({
      id: 'urn:sidenote:link:l1',
      type: 'Annotation',
      motivation: 'linking',
      created: '2026-11-21T10:30:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'contradicts' },
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'Anders gezählt',
          format: 'text/plain',
        },
      ],
      target: [
        {
          type: 'SpecificResource',
          source: `${BASE}/read/nato-2022`,
          selector: [
            { type: 'TextPositionSelector', start: 10, end: 33 },
            {
              type: 'TextQuoteSelector',
              exact: 'Zitat h1 über die Größe',
              prefix: 'Vor ',
              suffix: ' danach',
            },
          ],
          'sidenote:textHash': 'a'.repeat(64),
          'sidenote:articleTitle': 'Die NATO und Russland',
          'sidenote:articleSource': 'WSWS.ORG',
          'sidenote:highlight': 'urn:sidenote:highlight:h1',
        },
        expect.objectContaining({
          type: 'SpecificResource',
          source: `${BASE}/read/ukraine-2024`,
          'sidenote:articleTitle': 'Ukraine: Bilanz',
          'sidenote:highlight': 'urn:sidenote:highlight:h2',
        }),
      ],
    });
  });

  it('writes a link without a note with the relation only, and leaves out a link whose end is not exported', () => {
    const a = highlight('a');
    const b = highlight('b', { articleId: 'ukraine-2024' });
    const link = (id: string, toId: string) => ({
      id,
      fromId: 'a',
      toId,
      relation: 'same-event' as const,
      note: '  ',
      createdAt: '2026-11-22T10:00:00.000Z',
    });
    const collection = toWebAnnotations([a, b], [], [], ARTICLES, BASE, {
      links: [link('l-ok', 'b'), link('l-member', 'someone-elses')],
    });
    const links = collection.first.items.filter(isLinkAnnotation);
    expect(links.map((l) => [l.id, l.body])).toEqual([
      [
        'urn:sidenote:link:l-ok',
        [{ type: 'TextualBody', purpose: 'classifying', value: 'same-event' }],
      ],
    ]);
    expect(collection.total).toBe(3);
  });
});

describe('export then import', () => {
  it('reads an export back into the same highlights and tags (round trip)', () => {
    const { data, collection } = exportSample();
    const result = fromWebAnnotations(JSON.stringify(collection), { colors: data.colors });
    if (!result.ok) throw new Error(result.errors.map(describeTransferError).join('\n'));
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(result.backup.data.highlights)).toEqual(byId(data.highlights));
    expect(result.backup.data.tags.map((t) => [t.id, t.name])).toEqual([
      ['t1', 'Eskalation'],
      ['t2', 'Ökonomie'],
    ]);
    expect(result.summary).toMatchObject({ highlights: 4, tags: 2, notes: 2 });
  });
});
