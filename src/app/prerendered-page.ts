/**
 * The attribute on <html> of a page prerendered at build time (a reader, side by side:
 * scripts/prerender-readers.ts), which /boot.js reads before the page's body has arrived.
 */
export const PRERENDERED_PAGE = 'data-prerendered-page';
/** The same, as a key of `document.documentElement.dataset`. */
export const PRERENDERED_PAGE_KEY = 'prerenderedPage';
