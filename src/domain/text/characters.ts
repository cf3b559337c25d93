/**
 * What a character is to Sidenote's text matching, in one table for every fold: anchoring
 * (normalize.ts), search and tag names (fold.ts), and the article parser's word counts.
 *
 * Typographic variants fold to their plain form, so a highlight made on `„Zitat“ – Text` still
 * finds `"Zitat" - Text`, and a search for `it's` finds `it’s`.
 */

/** Double quotes, typographic and plain: all fold to `"`. */
export const DOUBLE_QUOTES = '"\u201E\u201C\u201D\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02';
/** Single quotes, apostrophes and their stand-ins (backtick, acute accent): all fold to `'`. */
export const SINGLE_QUOTES = "'\u201A\u2018\u2019\u201B\u2039\u203A\u2032\u0060\u00B4";
/** Hyphens, dashes and the minus sign: all fold to `-`. */
export const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
/** Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM: dropped. */
export const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

/** Unicode White_Space: ASCII whitespace, NEL, NBSP, the space separators, line terminators. */
export function isSpaceCode(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * The set of the regular expression `\s`: White_Space without NEL (U+0085), plus the BOM. The
 * article parser splits words by it, as the `\s` patterns it replaced in hot loops did.
 */
export function isRegexSpaceCode(code: number): boolean {
  return code === 0xfeff || (code !== 0x85 && isSpaceCode(code));
}

/**
 * The plain form of a typographic character: `"`, `'`, `-`, one space for any whitespace, or
 * `''` for an invisible one; `undefined` for a character that stays as it is.
 */
export function typographicFold(ch: string): string | undefined {
  if (INVISIBLE.includes(ch)) return '';
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (DASHES.includes(ch)) return '-';
  if (ch.length === 1 && isSpaceCode(ch.charCodeAt(0))) return ' ';
  return undefined;
}
