/** Word counting and reading time for German and English prose. */
import { isRegexSpaceCode } from '../text/characters';
import { isWordCharAt } from './chars';

export const WORDS_PER_MINUTE = 220;

/**
 * Counts whitespace-separated tokens that contain a letter or digit ("–" alone is not a word).
 * Stops early once `atMost` words are found. Linear, no regex over the whole text.
 */
export function countWords(text: string, atMost = Infinity): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length && count < atMost; i++) {
    if (isRegexSpaceCode(text.charCodeAt(i))) counted = false;
    else if (!counted && isWordCharAt(text, i)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** Whole minutes at `wordsPerMinute`, rounded, never less than 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
