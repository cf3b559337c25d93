import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleData, T1 } from './backup.fixture';
import { describeTransferError } from './errors';
import { FALLBACK_COLOR_ID, fromWebAnnotations } from './web-annotation-import';
import { BASE, UUID, annotation, refused } from './web-annotation.fixture';

describe('fromWebAnnotations', () => {
  it('accepts a single annotation, a list and a page', () => {
    const one = annotation();
    for (const file of [one, [one], { type: 'AnnotationPage', items: [one] }]) {
      const result = fromWebAnnotations(JSON.stringify(file), { now: T1 });
      expect(result.ok && result.backup.data.highlights).toEqual([
        {
          id: UUID,
          articleId: 'nato-2022',
          target: {
            position: { type: 'TextPositionSelector', start: 5, end: 14 },
            quote: { type: 'TextQuoteSelector', exact: 'die Größe', prefix: 'über ', suffix: '' },
            textHash: '',
          },
          colorId: FALLBACK_COLOR_ID,
          note: '',
          tags: [],
          createdAt: T1,
          updatedAt: T1,
        },
      ]);
    }
  });

  it('reads notes and tags the way other tools write them', () => {
    const file = [
      annotation({
        motivation: 'tagging',
        body: { type: 'TextualBody', value: 'NATO' },
        created: '2024-05-29T10:00:00+02:00',
      }),
      annotation({
        id: 'https://hypothes.is/a/abc123',
        bodyValue: 'Wichtig',
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: ' nato ' },
          'https://example.org/image.png',
        ],
      }),
    ];
    const result = fromWebAnnotations(JSON.stringify(file), { now: T1 });
    if (!result.ok) throw new Error(result.errors.map(describeTransferError).join('\n'));
    const [first, second] = result.backup.data.highlights;
    expect(result.backup.data.tags).toEqual([
      { id: 'tag:nato', name: 'NATO', color: 'gray', description: '', createdAt: T1 },
    ]);
    expect(first).toMatchObject({ tags: ['tag:nato'], createdAt: '2024-05-29T08:00:00.000Z' });
    expect(second).toMatchObject({
      id: 'https://hypothes.is/a/abc123',
      note: 'Wichtig',
      tags: ['tag:nato'],
    });
  });

  it('maps colours onto the palette by id, then by label, then the first colour', () => {
    const colors = sampleData().colors;
    const colorOf = (patch: Record<string, unknown>) => {
      const result = fromWebAnnotations(JSON.stringify(annotation(patch)), { colors });
      return result.ok ? result.backup.data.highlights[0]?.colorId : 'refused';
    };
    expect(colorOf({ 'sidenote:colorId': 'evidence' })).toBe('evidence');
    expect(colorOf({ 'sidenote:colorId': 'gone', 'sidenote:color': 'disputed' })).toBe('disputed');
    expect(colorOf({})).toBe('key-claim');
  });

  it('refuses annotations on pages that are not Sidenote articles, listing each', () => {
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
  });

  it('refuses missing or broken selectors, ids and types, with their paths', () => {
    const page = {
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          annotation({ id: 'urn:x:ok' }),
          annotation({
            target: {
              source: `${BASE}/read/a`,
              selector: { type: 'TextQuoteSelector', exact: 'x' },
            },
          }),
          annotation({
            id: 'urn:x:b',
            target: {
              source: `${BASE}/read/a`,
              selector: [
                { type: 'TextPositionSelector', start: 4, end: 2 },
                { type: 'TextQuoteSelector', exact: 7 },
              ],
            },
          }),
          annotation({ id: 'urn:x:c', type: 'Note' }),
          annotation({ id: undefined }),
          annotation({ id: 'urn:x:ok' }),
        ],
      },
    };
    expect(refused(fromWebAnnotations(JSON.stringify(page)))).toEqual([
      'first.items[1].target.selector: needs a TextPositionSelector and a TextQuoteSelector',
      'first.items[2].target.selector[0]: end comes before start',
      'first.items[2].target.selector[1].exact: expected a string, got the number 7',
      'first.items[3].type: expected "Annotation"',
      'first.items[4].id: is missing',
      'first.items[5].id: is the same id as first.items[0]',
    ]);
  });

  it('refuses files that are not annotations at all, or have none', () => {
    expect(refused(fromWebAnnotations('{"type":"Book"}'))[0]).toMatch(
      /^This is not a W3C Web Annotation file/,
    );
    expect(refused(fromWebAnnotations('[]'))).toEqual(['This file has no annotations.']);
    expect(
      refused(fromWebAnnotations('{"type":"AnnotationCollection","first":"https://x/page1"}')),
    ).toEqual(['first: is an address; Sidenote reads only pages embedded in the file']);
    expect(refused(fromWebAnnotations('{"type":"Annotation",'))[0]).toMatch(
      /^This file is not JSON/,
    );
    const polluted = JSON.stringify(annotation()).replace(
      '"type":"Annotation"',
      '"type":"Annotation","__proto__":{}',
    );
    expect(refused(fromWebAnnotations(polluted))).toEqual([
      '__proto__: a key named "__proto__" is not allowed',
    ]);
  });

  it('never throws, whatever the input', () => {
    const anything = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          type: fc.constantFrom('Annotation', 'AnnotationPage', 'AnnotationCollection'),
          items: fc.array(fc.jsonValue()),
          first: fc.jsonValue(),
          target: fc.jsonValue(),
          body: fc.jsonValue(),
          id: fc.jsonValue(),
        },
        { requiredKeys: ['type'] },
      ),
    );
    fc.assert(
      fc.property(anything, (value) => {
        const result = fromWebAnnotations(JSON.stringify(value) ?? '');
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
