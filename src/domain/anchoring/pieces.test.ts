// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll } from './candidates';
import { longGermanText } from './german-text.fixture';
import { occurrences, pieceIndex, piecesAt, PIECE_LENGTH, type PieceIndex } from './piece-index';
import { piecePlaces, type WindowOptions } from './pieces';

describe('piece index', () => {
  it('finds every occurrence of a string of at least one piece, as a scan does', () => {
    const text = longGermanText(3000, 7);
    const index = pieceIndex({}, text);
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: PIECE_LENGTH, max: 60 }), (at, length) => {
        const start = at % (text.length - length);
        const s = text.slice(start, start + length);
        expect(occurrences(index, s, Infinity)).toEqual(findAll(text, s));
      }),
      { numRuns: 200 },
    );
    expect(occurrences(index, 'kommt in diesem Text nicht vor', Infinity)).toEqual([]);
  });

  it('finds the starts of a piece in a range, as a scan does (binary search in the bucket)', () => {
    const text = longGermanText(3000, 9);
    const index = pieceIndex({}, text);
    fc.assert(
      fc.property(
        fc.nat(text.length - PIECE_LENGTH),
        fc.nat(text.length),
        fc.nat(6000),
        (at, from, width) => {
          const piece = text.slice(at, at + PIECE_LENGTH);
          const to = from + width;
          const inRange = findAll(text, piece).filter((p) => p >= from && p < to);
          expect(piecesAt(index, piece, { from, to, max: Infinity })).toEqual(inRange);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('piecePlaces', () => {
  it('puts an edited passage where it is, and nowhere for one that is gone', () => {
    const text = longGermanText(3000, 3);
    const from = 5000;
    const pattern = text.slice(from, from + 120);
    // A word in the middle of the passage changed: most pieces are still in place.
    const edited = text.slice(0, from + 50) + 'XYZ' + text.slice(from + 53);
    const index = pieceIndex({}, edited);
    const options = { slack: 30, maxHits: 16, share: 0.25 };
    const places = piecePlaces(index, pattern, options);
    expect(places.some((p) => p.from <= from && p.to >= from + 120)).toBe(true);
    const gone = text.slice(0, from) + text.slice(from + 120);
    const none = piecePlaces(pieceIndex({}, gone), pattern, options);
    expect(none.some((p) => p.from <= from && p.to >= from + 60)).toBe(false);
  });
});

/** piecePlaces as first written: hits as objects, sorted by a comparator; votes by Set. */
function placesByObjects(index: PieceIndex, pattern: string, options: WindowOptions) {
  const { slack, maxHits } = options;
  const length = index.text.length;
  const within = options.within ?? { from: 0, to: length };
  const region = { from: Math.max(0, within.from), to: Math.min(length, within.to) };
  const offsets: number[] = [];
  for (let o = 0; o + PIECE_LENGTH <= pattern.length; o += PIECE_LENGTH) offsets.push(o);
  if (pattern.length % PIECE_LENGTH !== 0) offsets.push(pattern.length - PIECE_LENGTH);
  if (pattern.length < PIECE_LENGTH)
    return region.from < region.to ? [{ ...region, votes: 0 }] : [];
  const needed = Math.max(Math.min(2, offsets.length), Math.ceil(options.share * offsets.length));
  const hits: Array<{ start: number; piece: number }> = [];
  offsets.forEach((offset, piece) => {
    const text = pattern.slice(offset, offset + PIECE_LENGTH);
    if (text.trim().length === 0) return;
    const found = piecesAt(index, text, { ...region, max: maxHits }) ?? [];
    for (const at of found) hits.push({ start: at - offset, piece });
  });
  hits.sort((a, b) => a.start - b.start);
  const groups: Array<{ first: number; last: number; pieces: Set<number> }> = [];
  for (const hit of hits) {
    const group = groups[groups.length - 1];
    if (group && hit.start - group.last <= slack) {
      group.last = hit.start;
      group.pieces.add(hit.piece);
    } else groups.push({ first: hit.start, last: hit.start, pieces: new Set([hit.piece]) });
  }
  return groups
    .filter((g) => g.pieces.size >= needed)
    .map((g) => ({
      from: Math.max(0, g.first - slack),
      to: Math.min(length, g.last + pattern.length + slack),
      votes: g.pieces.size,
    }))
    .sort((a, b) => b.votes - a.votes);
}

describe('piecePlaces with packed hits', () => {
  it('finds the places (and votes) that hits as objects do', () => {
    const text = longGermanText(3000, 5);
    const index = pieceIndex({}, text);
    fc.assert(
      fc.property(
        // Patterns from anywhere (the text's start too: starts before 0), edited or repeated.
        fc.nat(text.length - 1),
        fc.integer({ min: 0, max: 300 }),
        fc.string({ maxLength: 20 }),
        fc.constantFrom(0, 4, 40, 200),
        fc.option(fc.nat(text.length)),
        fc.constantFrom(1, 16, Infinity),
        (at, length, insert, slack, near, maxHits) => {
          const piece = text.slice(at, at + length);
          const pattern = piece.slice(0, length / 2) + insert + piece.slice(length / 2);
          const within = near === null ? undefined : { from: near - 2000, to: near + 2000 };
          const options = { slack, within, maxHits, share: near === null ? 0.25 : 0 };
          expect(piecePlaces(index, pattern, options)).toEqual(
            placesByObjects(index, pattern, options),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
