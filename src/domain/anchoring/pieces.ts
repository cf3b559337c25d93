/**
 * A prefilter for fuzzy searches. Searching 70,000 characters with an error budget of half the
 * pattern finds a match ending nearly everywhere, and each one is traced back to its start: most
 * of the time of re-anchoring went there. A passage that is still in the text keeps pieces of
 * itself or of its context verbatim (edits are a word here and there), so the fuzzy search only
 * needs to look where such pieces are.
 */
import { PIECE_LENGTH, piecesAt, type PieceIndex } from './piece-index';

export interface Window {
  from: number;
  to: number;
}

export interface WindowOptions {
  /** Characters of insertions and deletions allowed for around where a piece puts the pattern. */
  slack: number;
  /** Only pieces found here count (default: the whole text). */
  within?: Window;
  /** A piece found more often than this ("en und d") says nothing; it is skipped. */
  maxHits: number;
  /** Share of the pattern's pieces that must be in place (at least two, if it has two). */
  share: number;
}

/**
 * A piece of the pattern found in the text, packed into one number: (where it puts the
 * pattern's start + shift) · stride + which piece. Sorted as a typed array, hits come by start
 * (then piece) without a comparator: the heavy revision in the benchmark has 45,000 hits per
 * anchorMany, and sorting them as objects was a good part of the time spent on places.
 */
interface Packing {
  /** How many pieces the pattern has. */
  stride: number;
  /** Added to starts (which may be negative, down to minus the pattern's length). */
  shift: number;
}
/** Offsets of consecutive pieces of a pattern; the last one ends where the pattern ends. */
function pieceOffsets(length: number): number[] {
  if (length < PIECE_LENGTH) return [];
  const offsets: number[] = [];
  for (let o = 0; o + PIECE_LENGTH <= length; o += PIECE_LENGTH) offsets.push(o);
  if (length % PIECE_LENGTH !== 0) offsets.push(length - PIECE_LENGTH);
  return offsets;
}

/**
 * Groups of hits that put the pattern's start within `slack` of each other: where the pattern
 * would lie, by as many different pieces as `votes` says.
 */
function clusters(hits: Float64Array, packing: Packing, slack: number) {
  const { stride, shift } = packing;
  const groups: Array<{ first: number; last: number; votes: number }> = [];
  // The number of the group that last counted a piece: each piece votes once per group.
  const counted = new Int32Array(stride);
  for (const hit of hits) {
    const piece = hit % stride;
    const start = (hit - piece) / stride - shift;
    let group = groups[groups.length - 1];
    if (!group || start - group.last > slack) {
      group = { first: start, last: start, votes: 0 };
      groups.push(group);
    }
    group.last = start;
    if (counted[piece] !== groups.length) {
      counted[piece] = groups.length;
      group.votes++;
    }
  }
  return groups;
}

export interface Place extends Window {
  /** How many different pieces of the pattern put it here. */
  votes: number;
}

/**
 * Where `pattern` would lie with enough of its pieces in place (widened by the slack for
 * insertions and deletions), most pieces first. One piece alone turns up by chance too often:
 * in generated news prose, windows around every single hit covered up to 40 % of the text. A
 * pattern shorter than a piece gives the whole region: there is nothing to filter with.
 */
export function piecePlaces(index: PieceIndex, pattern: string, options: WindowOptions): Place[] {
  const { slack, maxHits } = options;
  const length = index.text.length;
  const within = options.within ?? { from: 0, to: length };
  const region = { from: Math.max(0, within.from), to: Math.min(length, within.to) };
  const offsets = pieceOffsets(pattern.length);
  if (offsets.length === 0) return region.from < region.to ? [{ ...region, votes: 0 }] : [];
  const needed = Math.max(Math.min(2, offsets.length), Math.ceil(options.share * offsets.length));
  const packing = { stride: offsets.length, shift: pattern.length };
  const hits: number[] = [];
  const range = { ...region, max: maxHits };
  offsets.forEach((offset, piece) => {
    const text = pattern.slice(offset, offset + PIECE_LENGTH);
    if (text.trim().length === 0) return;
    const found = piecesAt(index, text, range) ?? [];
    for (const at of found) hits.push((at - offset + packing.shift) * packing.stride + piece);
  });
  return clusters(Float64Array.from(hits).sort(), packing, slack)
    .filter((c) => c.votes >= needed)
    .map((c) => ({
      from: Math.max(0, c.first - slack),
      to: Math.min(length, c.last + pattern.length + slack),
      votes: c.votes,
    }))
    .sort((a, b) => b.votes - a.votes);
}
