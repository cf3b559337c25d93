/**
 * The app's URLs, made and read in one place: `/read/<id>` (with `#h-<highlight>` to open on a
 * highlight, or `#t-<start>-<end>` to open with a passage selected) and
 * `/compare/<left>/<right>` (with `?pane=right` on a phone). Ids are encoded, so any file name
 * makes a working link, and reading a malformed link never throws.
 */

/** Where a reader link points inside the article. */
export type ReaderFragment =
  { kind: 'highlight'; id: string } | { kind: 'passage'; start: number; end: number };

function fragment(target: ReaderFragment | undefined): string {
  if (!target) return '';
  return target.kind === 'highlight'
    ? `#h-${encodeURIComponent(target.id)}`
    : `#t-${target.start}-${target.end}`;
}

/** `/read/<id>`, opening on a highlight (an id) or a passage. */
export function readerHref(articleId: string, target?: string | ReaderFragment): string {
  const at = typeof target === 'string' ? { kind: 'highlight' as const, id: target } : target;
  return `/read/${encodeURIComponent(articleId)}${fragment(at)}`;
}

export function compareHref(
  left: string,
  right: string,
  opts: { pane?: string; highlightId?: string } = {},
): string {
  const path = `/compare/${encodeURIComponent(left)}/${encodeURIComponent(right)}`;
  const query = opts.pane === 'right' ? '?pane=right' : '';
  const at =
    opts.highlightId === undefined
      ? undefined
      : { kind: 'highlight' as const, id: opts.highlightId };
  return `${path}${query}${fragment(at)}`;
}

/** What a reader link's fragment (`location.hash`) points at; undefined for anything else. */
export function readReaderFragment(hash: string): ReaderFragment | undefined {
  const highlight = /^#h-(.+)$/.exec(hash);
  if (highlight?.[1]) return { kind: 'highlight', id: decodePathPart(highlight[1]) };
  const passage = /^#t-(\d+)-(\d+)$/.exec(hash);
  if (passage) return { kind: 'passage', start: Number(passage[1]), end: Number(passage[2]) };
  return undefined;
}

/** A path segment or fragment as the id it encodes; a malformed one is left as it is. */
export function decodePathPart(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The Quotes view, for one article or (without an id) the whole library. */
export function quotesHref(articleId?: string): string {
  return articleId === undefined ? '/quotes' : `/quotes?article=${encodeURIComponent(articleId)}`;
}
