/**
 * Where every 8-character piece of a text starts, so that looking a piece up costs its hits, not
 * a scan of the text: re-anchoring a thousand highlights looks up tens of thousands of pieces.
 * Built once per (normalised) text and kept as long as that string is referenced.
 */

import { PIECE_LENGTH } from './tuning';

export { PIECE_LENGTH };

/** At most 2^20 buckets (4 MB): a longer text gets longer buckets, not a bigger table. */
const MAX_BITS = 20;

export interface PieceIndex {
  text: string;
  /** Hash bucket → range in `positions` (`firsts[b]` to `firsts[b + 1]`). */
  firsts: Int32Array;
  /** Starts of pieces, grouped by bucket, ascending within a bucket. */
  positions: Int32Array;
  shift: number;
}

function hashAt(text: string, at: number): number {
  let h = 0;
  for (let i = 0; i < PIECE_LENGTH; i++) h = Math.imul(h ^ text.charCodeAt(at + i), 0x9e3779b1);
  return h;
}

function build(text: string): PieceIndex {
  const count = Math.max(0, text.length - PIECE_LENGTH + 1);
  let bits = 4;
  while (1 << bits < count && bits < MAX_BITS) bits++;
  const shift = 32 - bits;
  const buckets = new Int32Array(count);
  const firsts = new Int32Array((1 << bits) + 1);
  for (let at = 0; at < count; at++) {
    const b = hashAt(text, at) >>> shift;
    buckets[at] = b;
    firsts[b + 1] = (firsts[b + 1] ?? 0) + 1;
  }
  for (let b = 1; b < firsts.length; b++) firsts[b] = (firsts[b] ?? 0) + (firsts[b - 1] ?? 0);
  const next = firsts.slice(0, -1);
  const positions = new Int32Array(count);
  for (let at = 0; at < count; at++) {
    const b = buckets[at] ?? 0;
    positions[next[b] ?? 0] = at;
    next[b] = (next[b] ?? 0) + 1;
  }
  return { text, firsts, positions, shift };
}

const cache = new WeakMap<object, PieceIndex>();
/** The index last built or asked for: the text anchoring is working on (see textIndex). */
let last: PieceIndex | undefined;

/** The index of `text`, built on first use and cached per `owner` (the normalised text). */
export function pieceIndex(owner: object, text: string): PieceIndex {
  const cached = cache.get(owner);
  if (cached && cached.text === text) return (last = cached);
  const index = build(text);
  cache.set(owner, index);
  return (last = index);
}

/**
 * The index of `text` when it is the text anchoring works on now (the same string), else a new
 * one: for counting occurrences in it (occursOnce) without scanning the text each time.
 */
export function textIndex(text: string): PieceIndex {
  if (last?.text !== text) last = build(text);
  return last;
}

/**
 * Starts of `piece` (exactly PIECE_LENGTH characters) in `[from, to)`, ascending; undefined when
 * there are more than `max` of them.
 */
export function piecesAt(
  index: PieceIndex,
  piece: string,
  range: { from: number; to: number; max: number },
): number[] | undefined {
  const hits: number[] = [];
  if (piece.length !== PIECE_LENGTH || index.text.length < PIECE_LENGTH) return hits;
  const b = hashAt(piece, 0) >>> index.shift;
  const last = index.firsts[b + 1] ?? 0;
  // A bucket is ascending: start at the first position in range (a frequent piece near the old
  // position would otherwise walk all its hits in the text).
  let k = index.firsts[b] ?? 0;
  for (let hi = last; k < hi;) {
    const mid = (k + hi) >>> 1;
    if ((index.positions[mid] ?? 0) < range.from) k = mid + 1;
    else hi = mid;
  }
  for (; k < last; k++) {
    const at = index.positions[k] ?? 0;
    if (at >= range.to) break;
    if (!index.text.startsWith(piece, at)) continue;
    if (hits.length === range.max) return undefined;
    hits.push(at);
  }
  return hits;
}

/**
 * Starts of `pattern` (at least PIECE_LENGTH characters) in the text, ascending, at most `max`:
 * the hits of its rarest piece, checked in full.
 */
export function occurrences(index: PieceIndex, pattern: string, max: number): number[] {
  let rarest = { offset: 0, first: 0, last: -1 };
  for (let offset = 0; offset + PIECE_LENGTH <= pattern.length; offset += PIECE_LENGTH) {
    const b = hashAt(pattern, offset) >>> index.shift;
    const first = index.firsts[b] ?? 0;
    const last = index.firsts[b + 1] ?? 0;
    if (rarest.last < 0 || last - first < rarest.last - rarest.first) {
      rarest = { offset, first, last };
    }
  }
  const found: number[] = [];
  for (let k = rarest.first; k < rarest.last && found.length < max; k++) {
    const at = (index.positions[k] ?? 0) - rarest.offset;
    if (at >= 0 && index.text.startsWith(pattern, at)) found.push(at);
  }
  return found;
}
