/** Stable short ids for pairs: FNV-1a over the folded text of both passages. */
import { foldGerman } from '../text/fold';

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Folded, with runs of spaces and punctuation collapsed: typography does not change the key. */
export function normalisedText(text: string): string {
  return foldGerman(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 8 hex digits; the same for (a, b) and (b, a). */
export function pairKey(aText: string, bText: string): string {
  const [x, y] = [fnv1a(normalisedText(aText)), fnv1a(normalisedText(bText))].sort((p, q) => p - q);
  return fnv1a(`${x}:${y}`).toString(16).padStart(8, '0');
}
