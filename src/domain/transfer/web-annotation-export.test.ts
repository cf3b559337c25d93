import { describe, expect, it } from 'vitest';
import { T0 } from './backup.fixture';
import { describeTransferError } from './errors';
import { fromWebAnnotations } from './web-annotation-import';
import { BASE, UUID, exportSample } from './web-annotation.fixture';

describe('toWebAnnotations', () => {
  it('writes a W3C AnnotationCollection with Sidenote terms declared in the context', () => {
    const { collection } = exportSample();
    expect(collection['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { sidenote: 'urn:sidenote:terms:' },
    ]);
    expect(collection).toMatchObject({
      type: 'AnnotationCollection',
      total: 4,
      first: { type: 'AnnotationPage' },
    });
    expect(collection.first.items).toHaveLength(4);
  });

  it('writes each highlight as an Annotation with selectors, note, tags and colour', () => {
    const { collection } = exportSample();
    const h1 = collection.first.items.find((a) => a.id === 'urn:sidenote:highlight:h1');
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
        { id: 'urn:sidenote:tag:t1', type: 'TextualBody', purpose: 'tagging', value: 'Eskalation' },
        { id: 'urn:sidenote:tag:t2', type: 'TextualBody', purpose: 'tagging', value: 'Ökonomie' },
      ],
      target: {
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
    const plain = collection.first.items.find((a) => a.id === 'urn:sidenote:highlight:h3');
    expect(plain?.motivation).toBe('highlighting');
    expect(plain?.body).toBeUndefined();
    expect(collection.first.items.some((a) => a.id === `urn:uuid:${UUID}`)).toBe(true);
  });

  it('orders annotations by article, then by position', () => {
    const { collection } = exportSample();
    expect(collection.first.items.map((a) => a.target.source.split('/').pop())).toEqual([
      'nato-2022',
      'nato-2022',
      'nato-2022',
      'ukraine-2024',
    ]);
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
