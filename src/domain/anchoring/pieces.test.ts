// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll } from './candidates';
import { longGermanText } from './german-text.fixture';
import { occurrences, pieceIndex, PIECE_LENGTH } from './piece-index';
import { piecePlaces } from './pieces';

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
