// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentParagraph, type IdRange } from './segment-paragraph';

const P = { start: 10, end: 30 };

describe('segmentParagraph', () => {
  it('no highlights: one plain run', () => {
    expect(segmentParagraph(P, [])).toEqual([{ start: 10, end: 30, ids: [] }]);
  });

  it('one highlight', () => {
    expect(segmentParagraph(P, [{ id: 'a', start: 12, end: 15 }])).toEqual([
      { start: 10, end: 12, ids: [] },
      { start: 12, end: 15, ids: ['a'] },
      { start: 15, end: 30, ids: [] },
    ]);
  });

  it('nested highlights', () => {
    const ranges = [
      { id: 'outer', start: 10, end: 20 },
      { id: 'inner', start: 12, end: 14 },
    ];
    expect(segmentParagraph(P, ranges)).toEqual([
      { start: 10, end: 12, ids: ['outer'] },
      { start: 12, end: 14, ids: ['outer', 'inner'] },
      { start: 14, end: 20, ids: ['outer'] },
      { start: 20, end: 30, ids: [] },
    ]);
  });

  it('overlapping highlights keep input order in ids', () => {
    const ranges = [
      { id: 'b', start: 15, end: 25 },
      { id: 'a', start: 10, end: 20 },
    ];
    expect(segmentParagraph(P, ranges)).toEqual([
      { start: 10, end: 15, ids: ['a'] },
      { start: 15, end: 20, ids: ['b', 'a'] },
      { start: 20, end: 25, ids: ['b'] },
      { start: 25, end: 30, ids: [] },
    ]);
  });

  it('adjacent highlights stay separate; same id twice is merged', () => {
    expect(
      segmentParagraph(P, [
        { id: 'a', start: 10, end: 15 },
        { id: 'b', start: 15, end: 20 },
      ]).map((s) => s.ids),
    ).toEqual([['a'], ['b'], []]);
    expect(
      segmentParagraph(P, [
        { id: 'a', start: 10, end: 15 },
        { id: 'a', start: 15, end: 20 },
        { id: 'a', start: 12, end: 18 },
      ]),
    ).toEqual([
      { start: 10, end: 20, ids: ['a'] },
      { start: 20, end: 30, ids: [] },
    ]);
  });

  it('clips ranges spanning paragraph borders and ignores empty or outside ones', () => {
    expect(
      segmentParagraph(P, [
        { id: 'span', start: 5, end: 12 },
        { id: 'after', start: 28, end: 40 },
        { id: 'empty', start: 20, end: 20 },
        { id: 'outside', start: 0, end: 10 },
        { id: 'backwards', start: 25, end: 22 },
      ]),
    ).toEqual([
      { start: 10, end: 12, ids: ['span'] },
      { start: 12, end: 28, ids: [] },
      { start: 28, end: 30, ids: ['after'] },
    ]);
  });

  it('an empty paragraph has no runs', () => {
    expect(segmentParagraph({ start: 5, end: 5 }, [{ id: 'a', start: 0, end: 10 }])).toEqual([]);
  });

  it('property: runs cover the paragraph and carry exactly the covering ids', () => {
    const range = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      start: fc.integer({ min: 0, max: 60 }),
      end: fc.integer({ min: 0, max: 60 }),
    });
    const paragraph = fc
      .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 40 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(paragraph, fc.array(range, { maxLength: 12 }), (p, ranges: IdRange[]) => {
        const segments = segmentParagraph(p, ranges);
        expect(segments[0]?.start).toBe(p.start);
        expect(segments[segments.length - 1]?.end).toBe(p.end);
        segments.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          if (i > 0) {
            expect(s.start).toBe(segments[i - 1]?.end);
            expect(s.ids).not.toEqual(segments[i - 1]?.ids);
          }
        });
        for (const s of segments) {
          const covering = ranges.filter((r) => r.start <= s.start && s.start < r.end);
          for (let offset = s.start; offset < s.end; offset++) {
            const here = new Set(
              ranges.filter((r) => r.start <= offset && offset < r.end).map((r) => r.id),
            );
            expect(new Set(s.ids)).toEqual(here);
            expect(s.ids).toHaveLength(here.size);
          }
          // Stable order: the input order of the ranges covering the run (first one per id).
          expect(s.ids).toEqual([...new Set(covering.map((r) => r.id))]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
