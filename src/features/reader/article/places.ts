/**
 * The articles the reader has a saved place in, kept in localStorage as well as IndexedDB so
 * that the boot script (src/app/boot.ts) can tell before the first paint: a prerendered page would show the top of
 * the article, then jump to the place once the app has restored it; for these it waits instead.
 */
export const PLACES_KEY = 'sidenote.places';
/** Enough for any reader's recent articles; the oldest are forgotten first. */
const MAX_PLACES = 300;

/** The ids of the articles with a saved place, oldest first (none when storage fails). */
export function readPlaces(): string[] {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(PLACES_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberPlace(articleId: string, hasPlace: boolean): void {
  const ids = readPlaces().filter((id) => id !== articleId);
  if (hasPlace) ids.push(articleId);
  try {
    localStorage.setItem(PLACES_KEY, JSON.stringify(ids.slice(-MAX_PLACES)));
  } catch {
    // Full or unavailable storage: the page then shows the article's top first, nothing worse.
  }
}
