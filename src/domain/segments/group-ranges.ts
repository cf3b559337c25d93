import type { Span } from './segment-paragraph';

/**
 * Buckets ranges into the paragraphs they touch, clipped to each: `result[i]` holds the ranges
 * over `paragraphs[i]`, in input order (a range inside its paragraph is itself, a clipped one a
 * copy). A range spanning two paragraphs appears in both; empty ranges and parts that fall
 * between paragraphs are dropped. Paragraphs must not overlap (as `Article.paragraphs`); they
 * need not be sorted. O((p + r) log p + output) — each range finds its first paragraph by binary
 * search and walks on only while it still overlaps.
 */
export function groupRangesByParagraph<T extends Span>(
  paragraphs: readonly Span[],
  ranges: readonly T[],
): T[][] {
  const result: T[][] = paragraphs.map(() => []);
  const order = paragraphs.map((_, i) => i);
  order.sort((a, b) => (paragraphs[a]?.start ?? 0) - (paragraphs[b]?.start ?? 0));
  const ends = order.map((i) => paragraphs[i]?.end ?? 0);

  for (const range of ranges) {
    if (range.end <= range.start) continue;
    // First paragraph (in start order) that ends after the range starts.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) > range.start) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < order.length; k++) {
      const index = order[k] ?? 0;
      const paragraph = paragraphs[index];
      if (!paragraph || paragraph.start >= range.end) break;
      const start = Math.max(range.start, paragraph.start);
      const end = Math.min(range.end, paragraph.end);
      // Most ranges lie inside one paragraph: they are listed as they are, not copied.
      if (start === range.start && end === range.end) result[index]?.push(range);
      else if (end > start) result[index]?.push({ ...range, start, end });
    }
  }
  return result;
}
