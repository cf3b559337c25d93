import { anchorMany, type OrphanCode } from '@/domain/anchoring';
import type { Highlight } from './types';

/** A highlight placed in the text, as the reader draws and lists it. */
export interface AnchoredHighlight {
  highlight: Highlight;
  start: number;
  end: number;
  /** 'fuzzy' means the text changed around it: the card says so. */
  status: 'exact' | 'moved' | 'fuzzy';
}

export interface OrphanHighlight {
  highlight: Highlight;
  /** Why it was not found (anchoring's code; the card words it). */
  code: OrphanCode;
}

/**
 * `highlights` placed in `text` (whose SHA-256 is `textHash`), in the order given, as
 * `anchorMany` places them. A highlight made on this very text (its stored hash is the text's)
 * whose quote stands at its stored position is there, exact: `anchorMany` says the same after
 * cutting the quote and its context out of the text. Here it is checked in place
 * (`startsWith`), without a string or result object per highlight; only the others go through
 * `anchorMany`. Opening an article carrying 5,000 highlights (benchmark row 4) anchors them all
 * this way.
 */
export function anchorStored(
  text: string,
  highlights: readonly Highlight[],
  textHash: string | undefined,
): { anchored: AnchoredHighlight[]; orphans: OrphanHighlight[] } {
  const anchored: AnchoredHighlight[] = [];
  const orphans: OrphanHighlight[] = [];
  // Positions in `highlights` of the ones found here, and of those anchoring has to look for.
  const found: number[] = [];
  let rest: number[] | undefined;
  for (let i = 0; i < highlights.length; i++) {
    const highlight = highlights[i] as Highlight;
    const { target } = highlight;
    const position = target.position;
    const exact = target.quote.exact;
    if (
      textHash !== undefined &&
      target.textHash === textHash &&
      position !== undefined &&
      exact.length > 0 &&
      Number.isInteger(position.start) &&
      Number.isInteger(position.end) &&
      position.start >= 0 &&
      position.end - position.start === exact.length &&
      position.end <= text.length &&
      text.startsWith(exact, position.start)
    ) {
      anchored.push({ highlight, start: position.start, end: position.end, status: 'exact' });
      found.push(i);
    } else {
      (rest ??= []).push(i);
    }
  }
  if (!rest) return { anchored, orphans };

  // The rest, anchored together (they share the prepared text), merged back in the given order.
  const results = anchorMany(
    text,
    rest.map((i) => (highlights[i] as Highlight).target),
    { textHash },
  );
  const merged: AnchoredHighlight[] = [];
  let fast = 0;
  rest.forEach((index, k) => {
    const r = results[k];
    const highlight = highlights[index] as Highlight;
    // The ones found here that come before this one.
    while (fast < anchored.length && (found[fast] ?? 0) < index) {
      merged.push(anchored[fast++] as AnchoredHighlight);
    }
    if (!r) return;
    if (r.status === 'orphan') orphans.push({ highlight, code: r.code });
    else merged.push({ highlight, start: r.start, end: r.end, status: r.status });
  });
  while (fast < anchored.length) merged.push(anchored[fast++] as AnchoredHighlight);
  return { anchored: merged, orphans };
}

/**
 * Oldest first, compared as the database orders them (ISO times, code unit by code unit):
 * `localeCompare` took 10–35 ms for 5,000 highlights (benchmark row 4).
 */
const byCreation = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `anchored` (in reading order) oldest first, ties in reading order: a stable sort by creation
 * time. `asRead`, the same highlights as they were read, is that order already when each one
 * is newer than the one before, or as old and later in reading order (storage keeps them oldest
 * first): then it is used as it is, without sorting 5,000 highlights (benchmark row 4).
 */
export function inCreationOrder(
  anchored: readonly AnchoredHighlight[],
  asRead: readonly AnchoredHighlight[] | undefined,
): readonly AnchoredHighlight[] {
  if (asRead && asRead.length === anchored.length) {
    let sorted = true;
    for (let i = 1; i < asRead.length && sorted; i++) {
      const a = asRead[i - 1] as AnchoredHighlight;
      const b = asRead[i] as AnchoredHighlight;
      const ca = a.highlight.createdAt;
      const cb = b.highlight.createdAt;
      sorted =
        ca < cb || (ca === cb && (a.start < b.start || (a.start === b.start && a.end >= b.end)));
    }
    if (sorted) return asRead;
  }
  return [...anchored].sort((a, b) => byCreation(a.highlight.createdAt, b.highlight.createdAt));
}
