/**
 * The app's URLs, made and read in one place: `/read/<id>` (with `#h-<highlight>` to open on a
 * highlight) and `/compare/<left>/<right>` (with `?pane=right` on a phone). Ids are encoded, so
 * any file name makes a working link.
 */

export function readerHref(articleId: string, highlightId?: string): string {
  const path = `/read/${encodeURIComponent(articleId)}`;
  return highlightId === undefined ? path : `${path}#h-${encodeURIComponent(highlightId)}`;
}

export function compareHref(
  left: string,
  right: string,
  opts: { pane?: string; highlightId?: string } = {},
): string {
  const path = `/compare/${encodeURIComponent(left)}/${encodeURIComponent(right)}`;
  const query = opts.pane === 'right' ? '?pane=right' : '';
  const hash = opts.highlightId === undefined ? '' : `#h-${encodeURIComponent(opts.highlightId)}`;
  return `${path}${query}${hash}`;
}

/** A path segment as the id it encodes; a malformed one is left as it is. */
export function decodePathPart(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
