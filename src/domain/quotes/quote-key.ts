/**
 * A quote's key: a short hash of its folded words (case, umlauts, typographic marks, spacing and
 * punctuation do not matter), so a speaker correction stays with the quote when the article is
 * parsed again and offsets move. The same words twice in one article get `-2`, `-3`, … in reading
 * order. Keys are unique within an article; with the article's id they are unique in a library.
 */
import { foldGerman } from '../text/fold';

/** The words of a quote as the key sees them. */
export function normalizeQuoteText(text: string): string {
  return foldGerman(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** FNV-1a, 32 bits, as 7 base-36 digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** The key of a quote's words; `occurrence` counts earlier quotes with the same words (0 for the first). */
export function quoteKey(text: string, occurrence = 0): string {
  const base = 'q' + hash(normalizeQuoteText(text));
  return occurrence > 0 ? `${base}-${occurrence + 1}` : base;
}

/** Keys for a list of quote texts in reading order, numbering repeats. */
export function quoteKeys(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const base = quoteKey(t);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return quoteKey(t, n);
  });
}
