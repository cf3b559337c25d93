/**
 * Stable short ids for pairs: FNV-1a over the sentences' normalised text (`terms.ts`: every
 * word folded, typography gone), combined per passage, then for the two passages in an order
 * that does not depend on which article is `a`.
 */

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, value: number): number {
  let x = h;
  for (let shift = 0; shift < 32; shift += 8) {
    x ^= (value >>> shift) & 0xff;
    x = Math.imul(x, 0x01000193);
  }
  return x >>> 0;
}

/** The hash of a passage from the hashes of its sentences, in order. */
export function passageHash(sentenceHashes: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const s of sentenceHashes) h = mix(h, s);
  return h;
}

/** 8 hex digits; the same for (x, y) and (y, x). */
export function pairKey(x: number, y: number): string {
  const [lo, hi] = x <= y ? [x, y] : [y, x];
  return mix(mix(0x811c9dc5, lo), hi).toString(16).padStart(8, '0');
}
