// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRangesByParagraph } from './group-ranges';
import { segmentParagraph } from './segment-paragraph';

// "Erster.\n\nZweiter Absatz.\n\nDritter." as paragraph ranges.
const PARAGRAPHS = [
  { start: 0, end: 7 },
  { start: 9, end: 24 },
  { start: 26, end: 34 },
];

describe('groupRangesByParagraph', () => {
  it('buckets ranges by paragraph in input order, clipping ones that span paragraphs', () => {
    const ranges = [
      { id: 'b', start: 10, end: 12, colorId: 'yellow' },
      { id: 'span', start: 5, end: 28, colorId: 'green' },
      { id: 'a', start: 0, end: 3, colorId: 'blue' },
      { id: 'gap', start: 7, end: 9, colorId: 'blue' },
      { id: 'empty', start: 30, end: 30, colorId: 'blue' },
    ];
    expect(groupRangesByParagraph(PARAGRAPHS, ranges)).toEqual([
      [
        { id: 'span', start: 5, end: 7, colorId: 'green' },
        { id: 'a', start: 0, end: 3, colorId: 'blue' },
      ],
      [
        { id: 'b', start: 10, end: 12, colorId: 'yellow' },
        { id: 'span', start: 9, end: 24, colorId: 'green' },
      ],
      [{ id: 'span', start: 26, end: 28, colorId: 'green' }],
    ]);
  });

  it('accepts paragraphs out of order', () => {
    const shuffled = [PARAGRAPHS[2], PARAGRAPHS[0], PARAGRAPHS[1]].filter((p) => p !== undefined);
    const grouped = groupRangesByParagraph(shuffled, [{ id: 'x', start: 27, end: 29 }]);
    expect(grouped.map((g) => g.length)).toEqual([1, 0, 0]);
  });

  it('property: same as checking every range against every paragraph', () => {
    const paragraphs = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 15 })), {
        maxLength: 8,
      })
      .map((parts) => {
        let at = 0;
        return parts.map(([gap, length]) => {
          const p = { start: at + gap, end: at + gap + length };
          at = p.end;
          return p;
        });
      });
    const range = fc.record({
      id: fc.string({ maxLength: 2 }),
      start: fc.integer({ min: 0, max: 150 }),
      end: fc.integer({ min: 0, max: 150 }),
    });
    fc.assert(
      fc.property(paragraphs, fc.array(range, { maxLength: 20 }), (ps, rs) => {
        const naive = ps.map((p) =>
          rs
            .map((r) => ({ ...r, start: Math.max(r.start, p.start), end: Math.min(r.end, p.end) }))
            .filter((r) => r.end > r.start),
        );
        expect(groupRangesByParagraph(ps, rs)).toEqual(naive);
      }),
      { numRuns: 300 },
    );
  });

  it('handles 5,000 ranges over hundreds of paragraphs quickly', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => ({
      start: i * 300,
      end: i * 300 + 298,
    }));
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ranges = Array.from({ length: 5000 }, (_, i) => {
      const start = Math.floor(random() * 119_000);
      return { id: `h${i}`, start, end: start + 1 + Math.floor(random() * 400) };
    });
    const grouped = groupRangesByParagraph(paragraphs, ranges);
    const segments = grouped.map((rs, i) =>
      segmentParagraph(paragraphs[i] ?? { start: 0, end: 0 }, rs),
    );
    expect(grouped.reduce((n, g) => n + g.length, 0)).toBeGreaterThanOrEqual(5000);
    expect(segments.every((s) => s.length > 0)).toBe(true);
  });
});
