/**
 * Text normalisation shared by the parser and by anything that needs to compare against
 * `Article.text`: Unicode NFC, LF line breaks, no stray control characters, and inline
 * whitespace collapsed. Non-breaking spaces are content and are kept as they are.
 */

const BOM = 0xfeff;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
/** Two or more spaces/tabs, or a lone tab: single spaces are left alone (no rewriting). */
const INLINE_SPACE_RUNS = /[ \t]{2,}|\t/g;

/** Drops one leading byte-order mark, if present. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** True for C0/C1 control characters other than tab and line feed. */
function isStrayControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return false;
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f);
}

/** Removes control characters; vertical tab and form feed become a space. Linear, no regex. */
function removeStrayControls(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isStrayControl(code)) continue;
    parts.push(text.slice(from, i));
    if (code === 0x0b || code === 0x0c) parts.push(' ');
    from = i + 1;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Whole-file normalisation: strips a BOM, applies NFC, turns CRLF, CR and Unicode line
 * separators into LF and removes control characters. Paragraph structure is untouched.
 */
export function normalizeText(raw: string): string {
  const text = stripBom(raw).normalize('NFC').replace(LINE_BREAKS, '\n');
  return removeStrayControls(text);
}

/** One line or paragraph: runs of spaces and tabs become one space, then the ends are trimmed. */
export function normalizeInline(line: string): string {
  const collapse = line.includes('  ') || line.includes('\t');
  return (collapse ? line.replace(INLINE_SPACE_RUNS, ' ') : line).trim();
}

/** True when the text has nothing but whitespace (including non-breaking spaces). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
