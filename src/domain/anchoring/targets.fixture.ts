// For tests: a highlight's target made from a quote's first place in a text, and what an anchor
// result covers.
import { describeRange } from './describe';
import type { AnchorResult } from './types';

/** The target of `quote` where it first stands in `text` at or after `from`. */
export function target(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  return describeRange(text, start, start + quote.length);
}

/** The text an anchor result covers, or undefined for an orphan. */
export function slice(text: string, result: AnchorResult): string | undefined {
  return result.status === 'orphan' ? undefined : text.slice(result.start, result.end);
}
