// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorMany, describeRange, hashText } from '@/domain/anchoring';
import type { Highlight } from '@/domain/annotations/types';
import { anchorStored, inCreationOrder, type AnchoredHighlight } from './anchor-stored';

const TEXT = [
  'Die Nato-Außenminister trafen sich am Freitag in Brüssel.',
  'Jens Stoltenberg sprach über Abschreckung und Dialog, und über Brüssel.',
  'Am Ende stand eine gemeinsame Erklärung, die alle unterschrieben.',
].join('\n\n');

function highlight(i: number, start: number, end: number, textHash: string): Highlight {
  const { position, quote } = describeRange(TEXT, start, end);
  const at = new Date(Date.UTC(2025, 2, 1, 8, 0, i)).toISOString();
  return {
    id: `h${i}`,
    articleId: 'a1',
    target: { position, quote, textHash },
    colorId: 'yellow',
    note: '',
    tags: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** What the reader made of them before: `anchorMany` on every target. */
function byAnchorMany(text: string, highlights: Highlight[], textHash: string | undefined) {
  const results = anchorMany(
    text,
    highlights.map((h) => h.target),
    { textHash },
  );
  const anchored: AnchoredHighlight[] = [];
  const orphans: Array<{ highlight: Highlight; code: string }> = [];
  results.forEach((r, i) => {
    const h = highlights[i] as Highlight;
    if (r.status === 'orphan') orphans.push({ highlight: h, code: r.code });
    else anchored.push({ highlight: h, start: r.start, end: r.end, status: r.status });
  });
  return { anchored, orphans };
}

describe('anchorStored', () => {
  it('places highlights made on this text where they were made, as anchorMany does', async () => {
    const hash = await hashText(TEXT);
    const highlights = [
      highlight(0, 4, 22, hash),
      highlight(1, TEXT.indexOf('Brüssel'), TEXT.indexOf('Brüssel') + 7, hash),
      highlight(2, TEXT.lastIndexOf('Brüssel'), TEXT.lastIndexOf('Brüssel') + 7, hash),
    ];
    const placed = anchorStored(TEXT, highlights, hash);
    expect(placed).toEqual(byAnchorMany(TEXT, highlights, hash));
    expect(placed.anchored.map((a) => a.status)).toEqual(['exact', 'exact', 'exact']);
  });

  it('searches for the others and keeps the given order', async () => {
    const hash = await hashText(TEXT);
    const edited = `Vorweg ein Satz.\n\n${TEXT.replace('gemeinsame ', '')}`;
    const editedHash = await hashText(edited);
    const moved = highlight(0, TEXT.indexOf('Stoltenberg'), TEXT.indexOf('Stoltenberg') + 11, hash);
    // Made on the edited text: found where it was made.
    const here: Highlight = {
      ...highlight(1, 0, 6, editedHash),
      target: { ...describeRange(edited, 0, 6), textHash: editedHash },
    };
    const gone = highlight(2, TEXT.indexOf('gemeinsame'), TEXT.indexOf('gemeinsame') + 10, hash);
    // The hash matches but the position does not hold the quote: searched for, not trusted.
    const wrong: Highlight = {
      ...here,
      id: 'h3',
      target: { ...here.target, position: { type: 'TextPositionSelector', start: 1, end: 7 } },
    };
    const highlights = [moved, here, gone, wrong, highlight(4, 4, 22, hash)];
    const placed = anchorStored(edited, highlights, editedHash);
    expect(placed).toEqual(byAnchorMany(edited, highlights, editedHash));
    expect(placed.anchored.map((a) => a.highlight.id)).toEqual(['h0', 'h1', 'h3', 'h4']);
    expect(placed.anchored.map((a) => a.status)).toEqual(['moved', 'exact', 'moved', 'moved']);
    expect(placed.orphans.map((o) => o.highlight.id)).toEqual(['h2']);
  });

  it('property: the same as anchorMany for any stored positions and hashes', async () => {
    const hash = await hashText(TEXT);
    const stored = fc.record({
      start: fc.integer({ min: 0, max: TEXT.length - 1 }),
      length: fc.integer({ min: 1, max: 30 }),
      shift: fc.constantFrom(0, 0, 0, 1, -1, 0.5),
      sameHash: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(stored, { maxLength: 12 }), fc.boolean(), (specs, known) => {
        const highlights = specs.map((s, i) => {
          const end = Math.min(TEXT.length, s.start + s.length);
          const h = highlight(i, s.start, end, s.sameHash ? hash : 'other');
          const position = h.target.position;
          return {
            ...h,
            target: {
              ...h.target,
              position: {
                ...position,
                start: position.start + s.shift,
                end: position.end + s.shift,
              },
            },
          };
        });
        const textHash = known ? hash : undefined;
        expect(anchorStored(TEXT, highlights, textHash)).toEqual(
          byAnchorMany(TEXT, highlights, textHash),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe('inCreationOrder', () => {
  const at = (id: string, createdAt: string, start: number, end: number): AnchoredHighlight => ({
    highlight: { id, createdAt } as Highlight,
    start,
    end,
    status: 'exact',
  });
  const readingOrder = (list: AnchoredHighlight[]) =>
    [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const stableSort = (list: AnchoredHighlight[]) =>
    [...readingOrder(list)].sort((a, b) =>
      a.highlight.createdAt < b.highlight.createdAt
        ? -1
        : a.highlight.createdAt > b.highlight.createdAt
          ? 1
          : 0,
    );

  it('takes the order they were read in when it is oldest first, without sorting', () => {
    const asRead = [at('a', '1', 30, 40), at('b', '2', 0, 5), at('c', '3', 10, 20)];
    expect(inCreationOrder(readingOrder(asRead), asRead)).toBe(asRead);
  });

  it('property: always the stable sort by creation of the reading order', () => {
    const item = fc.record({
      createdAt: fc.constantFrom('1', '2', '3'),
      start: fc.integer({ min: 0, max: 5 }),
      length: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 9 }), fc.boolean(), (items, presort) => {
        let asRead = items.map((x, i) => at(`h${i}`, x.createdAt, x.start, x.start + x.length));
        if (presort) asRead = stableSort(asRead);
        const anchored = readingOrder(asRead);
        expect(inCreationOrder(anchored, asRead).map((a) => a.highlight.id)).toEqual(
          stableSort(asRead).map((a) => a.highlight.id),
        );
      }),
      { numRuns: 400 },
    );
  });
});
