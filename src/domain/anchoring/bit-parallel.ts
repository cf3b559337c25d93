/**
 * Edit costs 32 rows of the table at a time (one machine word per block of the pattern), for
 * the searches (search.ts), the scores and the borders (align.ts) of long quotes: a 250-character
 * quote against 350 characters of text is 87,500 cells one by one, about 3,000 word steps here.
 * Same results as the plain tables in edit-costs.ts (bit-parallel.test.ts compares them).
 */

const W = 32;

/**
 * Character code → 1 + its index among the pattern's distinct characters (0: not in it). One
 * table (256 KB, made on first use) for all calls, set by `masks` and cleared by `release`: a
 * Map lookup per text character made the search over twice as slow.
 */
let slotTable: Int32Array | undefined;

/** Block bit masks of the pattern's distinct characters (1 where the pattern has it). */
interface Masks {
  blocks: number;
  /** `blocks` words per slot; slot 0 (a character not in the pattern) is all zeros. */
  words: Int32Array;
  slots: Int32Array;
}

function masks(pattern: string): Masks {
  const slots = (slotTable ??= new Int32Array(0x10000));
  const blocks = Math.ceil(pattern.length / W);
  let distinct = 0;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (slots[code] === 0) slots[code] = ++distinct;
  }
  const words = new Int32Array((distinct + 1) * blocks);
  for (let i = 0; i < pattern.length; i++) {
    const k = (slots[pattern.charCodeAt(i)] ?? 0) * blocks + (i >>> 5);
    words[k] = (words[k] ?? 0) | (1 << (i & 31));
  }
  return { blocks, words, slots };
}

function release(pattern: string, slots: Int32Array): void {
  for (let i = 0; i < pattern.length; i++) slots[pattern.charCodeAt(i)] = 0;
}

/**
 * Levenshtein costs of `pattern` against every prefix of `text` (or, with `freeStart`, every
 * substring ending there): Myers' bit-vector algorithm in the block form of Hyyrö, as in
 * approx-string-match's `advanceBlock`, without its cut-off (every row is needed).
 * `costs[i]` as costsByEnd(text, pattern, freeStart) gives it.
 */
export function levenshteinByEnd(text: string, pattern: string, freeStart: boolean): Int32Array {
  const m = pattern.length;
  const costs = new Int32Array(text.length + 1);
  costs[0] = m;
  if (m === 0) {
    if (!freeStart) for (let i = 1; i <= text.length; i++) costs[i] = i;
    return costs;
  }
  const { blocks, words, slots } = masks(pattern);
  // Vertical deltas +1 (pv) and -1 (mv) per row; column 0 is 0, 1, 2, …: all +1.
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const last = blocks - 1;
  const lastBit = 1 << ((m - 1) & 31);
  // Horizontal delta entering the top row: row 0 is 0 everywhere (free start) or i.
  const topIn = freeStart ? 0 : 1;
  let score = m;
  for (let i = 0; i < text.length; i++) {
    const base = (slots[text.charCodeAt(i)] ?? 0) * blocks;
    let hIn = topIn;
    for (let b = 0; b < blocks; b++) {
      const p = pv[b] ?? 0;
      const n = mv[b] ?? 0;
      const negative = hIn >>> 31;
      const eq = (words[base + b] ?? 0) | negative;
      const xv = eq | n;
      const xh = (((eq & p) + p) ^ p) | eq;
      let ph = n | ~(xh | p);
      let mh = p & xh;
      const row = b === last ? lastBit : 1 << 31;
      const hOut = ((ph & row) !== 0 ? 1 : 0) - ((mh & row) !== 0 ? 1 : 0);
      ph = (ph << 1) | (hIn > 0 ? 1 : 0);
      mh = (mh << 1) | negative;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hIn = hOut;
    }
    score += hIn;
    costs[i + 1] = score;
  }
  release(pattern, slots);
  return costs;
}

/** Levenshtein distance of `a` and `b`. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const [text, pattern] = a.length >= b.length ? [a, b] : [b, a];
  return levenshteinByEnd(text, pattern, false)[text.length] ?? 0;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Costs of `pattern` against every prefix of `text` counting insertions and deletions only
 * (costsByEnd with substitution 2, no free start): |p| + i - 2·LCS, with the LCS of the pattern
 * and each prefix by the bit-vector method of Allison and Dix (as improved by Hyyrö):
 * V' = (V + (V & M)) | (V & ~M), where the zero bits of V count the LCS.
 */
export function indelByEnd(text: string, pattern: string): Int32Array {
  const m = pattern.length;
  const costs = new Int32Array(text.length + 1);
  costs[0] = m;
  if (m === 0) {
    for (let i = 1; i <= text.length; i++) costs[i] = i;
    return costs;
  }
  const { blocks, words, slots } = masks(pattern);
  const v = new Int32Array(blocks).fill(-1);
  const tailBits = m & 31;
  const lastMask = tailBits === 0 ? -1 : (1 << tailBits) - 1;
  let lcs = 0;
  for (let i = 0; i < text.length; i++) {
    const base = (slots[text.charCodeAt(i)] ?? 0) * blocks;
    if (base !== 0) {
      let carry = 0;
      lcs = 0;
      for (let b = 0; b < blocks; b++) {
        const x = (v[b] ?? 0) >>> 0;
        const u = (x & (words[base + b] ?? 0)) >>> 0;
        const sum = x + u + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        const next = (sum >>> 0) | (x & ~u);
        v[b] = next;
        const live = b === blocks - 1 ? lastMask : -1;
        lcs += bitCount(~next & live);
      }
    }
    costs[i + 1] = m + i + 1 - 2 * lcs;
  }
  release(pattern, slots);
  return costs;
}
