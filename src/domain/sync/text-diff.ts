import type * as Y from 'yjs';

/**
 * The smallest single splice that turns `from` into `to`: the common start and end stay, the
 * middle is replaced. A note edited between two saves is almost always one such splice, and a
 * splice keeps every character another device typed elsewhere in the note.
 */
export function spliceBetween(
  from: string,
  to: string,
): { at: number; remove: number; insert: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)
  ) {
    end++;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(from.charCodeAt(from.length - end))) end--;
  return { at: start, remove: from.length - start - end, insert: to.slice(start, to.length - end) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Edits `text` in place until it reads `wanted`. */
export function applyTextChange(text: Y.Text, wanted: string): void {
  const current = text.toString();
  if (current === wanted) return;
  const { at, remove, insert } = spliceBetween(current, wanted);
  if (remove > 0) text.delete(at, remove);
  if (insert.length > 0) text.insert(at, insert);
}
