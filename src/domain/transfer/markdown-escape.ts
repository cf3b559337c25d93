/**
 * Escaping for the Markdown study sheet: quotes, titles and tags are plain text and must render
 * as written; notes are the user's Markdown and keep their formatting, but may not open a heading
 * that would break the sheet's outline.
 */

/** Characters that change inline rendering: emphasis, code, links, HTML, strikethrough. */
const INLINE = /[\\`*_[\]<~]/g;
/** `&amp;`, `&#39;`: an entity would render as the character it names. */
const ENTITY = /&(?=#?\w+;)/g;
/** A line start that would open a heading, quote, list or break. */
const BLOCK_START = /^([#>+=-])/;
const ORDERED = /^(\d{1,9})([.)])/;

function unifyNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Plain text inside a paragraph: shown exactly as written. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, '\\$&').replace(ENTITY, '&amp;');
}

/** One line of plain text, also safe at the start of a line. */
export function escapeLine(line: string): string {
  const escaped = escapeInline(line.trimStart());
  return escaped.replace(BLOCK_START, '\\$1').replace(ORDERED, '$1\\$2');
}

/** Plain text (possibly several lines) as a Markdown blockquote. */
export function blockquote(text: string): string {
  return unifyNewlines(text)
    .split('\n')
    .map((line) => {
      const escaped = escapeLine(line);
      return escaped === '' ? '>' : `> ${escaped}`;
    })
    .join('\n');
}

/** Plain text on one line, for a heading (`#` escaped everywhere: a trailing run would vanish). */
export function headingText(text: string): string {
  const line = unifyNewlines(text).replace(/\s+/g, ' ').trim();
  return escapeInline(line)
    .replace(/#/g, '\\#')
    .replace(BLOCK_START, '\\$1')
    .replace(ORDERED, '$1\\$2');
}

const ATX_HEADING = /^( {0,3})(#)/;
const SETEXT_UNDERLINE = /^( {0,3})([=-]+\s*)$/;

/** The user's Markdown, with headings neutralised so a note stays inside its highlight. */
export function noteMarkdown(markdown: string): string {
  return unifyNewlines(markdown)
    .trim()
    .split('\n')
    .map((line) => line.replace(ATX_HEADING, '$1\\$2').replace(SETEXT_UNDERLINE, '$1\\$2'))
    .join('\n');
}
