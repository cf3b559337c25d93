/** Cutting quotes and context for display: at word boundaries, with an ellipsis where cut. */

/** `text` up to about `max` characters, cut after a whole word, with "…" when anything is cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.6 ? cut.slice(0, space) : clean.slice(0, max);
  return `${head.replace(/[\s,;:–-]+$/, '')}…`;
}

/**
 * The context before a quote (a fixed number of characters, so it may start inside a word) from
 * its first whole word, with "…" in front when a partial word was dropped or more came before.
 */
export function contextBefore(prefix: string): string {
  if (prefix === '') return '';
  const space = prefix.search(/\s/);
  if (space < 0) return `…${prefix}`;
  const trimmed = /^\s/.test(prefix) ? prefix : prefix.slice(space);
  return `…${trimmed.replace(/^\s+/, ' ')}`.replace(/^… /, '… ');
}

/** The context after a quote, to its last whole word, with "…" after it. */
export function contextAfter(suffix: string): string {
  if (suffix === '') return '';
  const space = Math.max(suffix.lastIndexOf(' '), suffix.lastIndexOf('\n'));
  const trimmed = /\s$/.test(suffix) || space < 0 ? suffix : suffix.slice(0, space);
  return `${trimmed.replace(/\s+$/, ' ')}…`;
}
