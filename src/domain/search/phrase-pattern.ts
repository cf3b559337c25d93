/**
 * A quick, loose test for a phrase on folded text, run before the exact token check so that
 * phrase queries stay fast on large result sets. It must never reject a text the exact check
 * would accept: it may accept more (the exact check in `phraseRanges` has the last word).
 */
import { UMLAUT_MARK } from '../text/fold';

const WORD_CHAR = `\\p{L}\\p{N}${UMLAUT_MARK}`;
const SPECIAL = /[.*+?^${}()|[\]\\/-]/;

/**
 * Pattern for one folded query word over `foldMarked` text. Text marks umlauts as
 * vowel + mark; a word matches when its main spelling (ä → ae) or its dotless spelling (ä → a)
 * equals the query word, so after a/o/u a mark may stand in for "e" or be skipped.
 */
function wordPattern(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word.charAt(k);
    const prev = k > 0 ? word.charAt(k - 1) : '';
    if (c === 'e' && (prev === 'a' || prev === 'o' || prev === 'u')) out += `[e${UMLAUT_MARK}]`;
    else out += SPECIAL.test(c) ? `\\${c}` : c;
    if (c === 'a' || c === 'o' || c === 'u') out += `${UMLAUT_MARK}?`;
  }
  return out;
}

/** A regular expression that finds `words` as adjacent words of `foldMarked` text. */
export function phrasePattern(words: readonly string[]): RegExp {
  const body = words.map(wordPattern).join(`[^${WORD_CHAR}]+`);
  return new RegExp(`(?<![${WORD_CHAR}])${body}(?![${WORD_CHAR}])`, 'u');
}
