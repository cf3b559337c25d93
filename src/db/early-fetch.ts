/**
 * Downloads started before the app's code has arrived: `/boot.js` (src/app/boot.ts) asks for the
 * data the view at the address needs (the article list; the articles of a side-by-side pair)
 * while the browser is still fetching the app, and the app takes each response once, where it
 * would have fetched it (article-source.ts). Boot.js and the app are separate scripts: the
 * downloads wait on `window`. A cold load then needs one round trip less before the view can
 * draw (bench row 12).
 */

declare global {
  // The page's global (window), shared by boot.js and the app.
  var sidenoteEarly: Map<string, Promise<Response>> | undefined;
}

const base = (): string => import.meta.env.BASE_URL ?? '/';

/** The seeds' article list, as article-source.ts fetches it. */
export const MANIFEST_PATH = 'seeds/manifest.json';
export const MANIFEST_INIT: RequestInit = { cache: 'no-cache' };

/** A seed file's path under the base, by file name. */
export const seedPath = (file: string) => `seeds/${encodeURIComponent(file)}`;

/**
 * Starts downloading `path` (under the base) unless that has started and not been taken; the
 * download, when this call started it.
 */
export function fetchEarly(path: string, init?: RequestInit): Promise<Response> | undefined {
  const early = (globalThis.sidenoteEarly ??= new Map());
  if (early.has(path)) return undefined;
  const response = fetch(base() + path, init);
  response.catch(() => undefined); // a failure is reported by whoever takes it, if anyone does
  early.set(path, response);
  return response;
}

/** The early download of `path`, once: the next load fetches it again. */
export function takeEarly(path: string): Promise<Response> | undefined {
  const response = globalThis.sidenoteEarly?.get(path);
  globalThis.sidenoteEarly?.delete(path);
  return response;
}
