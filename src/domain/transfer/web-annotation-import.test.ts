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
    ).toEqual(['[0].target.source: notArticleAddress', '[1].target.source: notInLibrary']);
    const result = fromWebAnnotations(JSON.stringify(file), { articleIds: ['nato-2022'] });
    expect(!result.ok && result.errors.map((e) => e.params)).toEqual([
      { source: 'https://example.org/story' },
      { id: 'other' },
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
      'first.items[1].target.selector: needsSelectors',
      'first.items[2].target.selector[0]: endBeforeStart',
      'first.items[2].target.selector[1].exact: expected.string',
      'first.items[3].type: expectedAnnotation',
      'first.items[4].id: missing',
      'first.items[5].id: duplicate.id',
    ]);
    const result = fromWebAnnotations(JSON.stringify(page));
    expect(!result.ok && result.errors.at(-1)?.params).toEqual({ first: 'first.items[0]' });
  });

  it('refuses files that are not annotations at all, or have none', () => {
    expect(refused(fromWebAnnotations('{"type":"Book"}'))).toEqual(['notWebAnnotation']);
    expect(refused(fromWebAnnotations('[]'))).toEqual(['noAnnotations']);
    expect(
      refused(fromWebAnnotations('{"type":"AnnotationCollection","first":"https://x/page1"}')),
    ).toEqual(['first: pageIsAddress']);
    expect(refused(fromWebAnnotations('{"type":"Annotation",'))[0]).toMatch(/^notJson/);
    const polluted = JSON.stringify(annotation()).replace(
      '"type":"Annotation"',
      '"type":"Annotation","__proto__":{}',
    );
    expect(refused(fromWebAnnotations(polluted))).toEqual(['__proto__: forbiddenKey']);
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
