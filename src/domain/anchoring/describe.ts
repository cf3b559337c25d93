import { CONTEXT_LENGTH, CONTEXT_STEP, MAX_CONTEXT_LENGTH } from './tuning';
import type { TextPositionSelector, TextQuoteSelector } from '../annotations/types';
import { normalizeForMatch, normalizeString, type NormalizedText } from '../text/normalize';

export { CONTEXT_LENGTH, MAX_CONTEXT_LENGTH };

export interface RangeDescription {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
}

export interface DescribeOptions {
  /** The normalised `text`, when the caller already has it (describing many ranges). */
  normalized?: NormalizedText;
}

/** Moves an offset off the second half of a surrogate pair. */
function safeBoundary(text: string, offset: number, towardsStart: boolean): number {
  const code = text.charCodeAt(offset);
  if (offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff) {
    return towardsStart ? offset - 1 : offset + 1;
  }
  return offset;
}

function occursMoreThanOnce(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first !== -1 && haystack.indexOf(needle, first + 1) !== -1;
}

/**
 * The W3C selectors for `text.slice(start, end)`: its position, and the quote with about 32
 * characters of context on each side, widened (up to 128) while quote + context is not unique in
 * the text (compared in normalised form, as anchoring does).
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  options: DescribeOptions = {},
): RangeDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`Invalid range [${start}, ${end})`);
  }
  if (end > text.length) throw new RangeError(`Range end ${end} is past the text end`);
  const exact = text.slice(start, end);
  const slices = (size: number) => ({
    prefix: text.slice(safeBoundary(text, Math.max(0, start - size), false), start),
    suffix: text.slice(end, safeBoundary(text, Math.min(text.length, end + size), true)),
  });

  let context = slices(CONTEXT_LENGTH);
  const normText = (options.normalized ?? normalizeForMatch(text)).text;
  for (let size = CONTEXT_LENGTH; size < MAX_CONTEXT_LENGTH;) {
    const whole = normalizeString(context.prefix + exact + context.suffix);
    if (!occursMoreThanOnce(normText, whole)) break;
    const reachedBothEnds = start - size <= 0 && end + size >= text.length;
    if (reachedBothEnds) break;
    size = Math.min(MAX_CONTEXT_LENGTH, size + CONTEXT_STEP);
    context = slices(size);
  }

  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: { type: 'TextQuoteSelector', exact, prefix: context.prefix, suffix: context.suffix },
  };
}
