/** Pure helpers for ranges of article text chosen by the user. */

const SPACE = /\s/;

/**
 * Shrinks `[start, end)` so it neither starts nor ends with whitespace, and clamps it to the
 * text. Returns undefined when nothing but whitespace is left.
 */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && SPACE.test(text.charAt(s))) s++;
  while (e > s && SPACE.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}

const WORD = /[\p{L}\p{N}\u00AD-]/u;

/**
 * Grows a range that cuts through a word so it covers the whole word at each end, as readers
 * expect from a highlighter ("Bedr|ohungen" → "Bedrohungen"). Ranges at word edges stay as they are.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  let e = end;
  if (s < e && WORD.test(text.charAt(s))) while (s > 0 && WORD.test(text.charAt(s - 1))) s--;
  if (e > s && WORD.test(text.charAt(e - 1)))
    while (e < text.length && WORD.test(text.charAt(e))) e++;
  return { start: s, end: e };
}

/**
 * Which of `ids` a click on an overlap should pick: after `current`, the next one; otherwise
 * the shortest (the most specific passage).
 */
export function pickHighlight(
  ids: readonly string[],
  lengths: ReadonlyMap<string, number>,
  current: string | undefined,
): string | undefined {
  if (ids.length === 0) return undefined;
  if (current && ids.includes(current) && ids.length > 1) {
    return ids[(ids.indexOf(current) + 1) % ids.length];
  }
  return [...ids].sort((a, b) => (lengths.get(a) ?? Infinity) - (lengths.get(b) ?? Infinity))[0];
}
