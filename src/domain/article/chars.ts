/**
 * Character classes as plain code-point tests, so that hot loops over megabytes of text need
 * no regex (V8's regex engine can overflow its stack on very long runs, e.g. `split` with a
 * negated Unicode class on five million quotation marks).
 */

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Latin-1 letters (À–ÿ without × and ÷) and Latin Extended-A/B: all letters. */
function isLatinLetter(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    code === 0xaa ||
    code === 0xba
  );
}

/** General punctuation („ “ ” – — … and friends): never a letter or digit. */
function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

/** A letter (`\p{L}`). Common ranges are decided by code; the regex is the fallback. */
export function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return isAsciiLetter(code);
  if (isLatinLetter(code)) return true;
  if (isGeneralPunctuation(code)) return false;
  return LETTER.test(text[i] ?? '');
}

/** A letter or digit (`[\p{L}\p{N}]`). */
export function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
  if (isLatinLetter(code)) return true;
  if (isGeneralPunctuation(code)) return false;
  return LETTER_OR_DIGIT.test(text[i] ?? '');
}
