/**
 * Runs from <head>, before the first paint, built into `/boot.js` (scripts/boot-script.ts): puts
 * the reader's saved theme, text size and line length on <html>, so that a page drawn before the
 * app starts (a prerendered article) already looks the way the reader left it. The saved values
 * are read by the same rules as the app's store (preference-rules.ts); the app keeps <html> in
 * step from then on (use-apply-preferences.ts).
 *
 * It imports only tiny modules: the whole script is a few hundred bytes.
 */
import { readPlaces } from '@/features/reader/article/places';
import { decodePathPart } from '@/shared/paths';
import {
  PREFERENCES_KEY,
  WIDTH_CH,
  readStoredPreferences,
  themeFor,
} from '@/shared/stores/preference-rules';
import { resolveLocale } from '@/shared/i18n/locale';
import { fetchEarly, MANIFEST_INIT, MANIFEST_PATH, seedPath } from '@/db/early-fetch';
import { isUserArticleId } from '@/db/user-article-id';
import { isListView } from './list-views';
import { databaseListed, EARLY_DB_NAME, startBootRead } from '@/db/early-highlights-read';
import { pendingCopiesKept } from '@/db/pending-key';
import { PRERENDERED_PAGE_KEY } from './prerendered-page';

function storedPreferences(): string | null {
  try {
    return localStorage.getItem(PREFERENCES_KEY);
  } catch {
    return null; // No storage: the defaults.
  }
}

export function boot(): void {
  const prefs = readStoredPreferences(storedPreferences());
  const html = document.documentElement;
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  html.dataset.theme = themeFor(prefs.theme, dark);
  html.style.setProperty('--reader-font-size', `${prefs.fontSize}px`);
  html.style.setProperty('--reader-measure', `${WIDTH_CH[prefs.width]}ch`);
  // A prerendered article shows the top of the plain reader; a link to the original view or to
  // a passage would show it before the app moves on, so the page waits for the app instead.
  // The page built for search shows the address's query in its field (below), so only another
  // parameter (an outlet chosen) waits for the app there.
  const query = searchQuery();
  if ((window.location.search && query === undefined) || window.location.hash)
    html.dataset.prerender = 'off';
  // So would an article the reader has a place in (alone or in a side-by-side pane): the app
  // scrolls there once it has started.
  if (placeToRestore(window.location.pathname)) html.dataset.prerender = 'off';
  // A prerendered page's interface words are English; in another language they wait for the
  // app (the article's own text shows at once).
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  const locale = resolveLocale(prefs.language, languages);
  if (locale !== 'en') html.dataset.uiWords = 'wait';
  if (locale !== 'en') html.dataset.uiLocale = locale;
  // A page prerendered in every interface language shows the reader's (src/styles.css); the
  // others go once the page is parsed, so no hidden copy keeps its ids.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      dropOtherLanguages(locale);
      for (const field of document.querySelectorAll<HTMLInputElement>(SEARCH_FIELD))
        field.value = query ?? '';
    },
    { once: true },
  );
  // What the view draws with besides the entry: its words, its code, its data. A page
  // prerendered at build time paints without them: they start with its app, after the paint,
  // rather than share a phone's bandwidth with the HTML, CSS and font the paint needs.
  const prerendered = html.dataset[PRERENDERED_PAGE_KEY] !== undefined;
  // A page drawn for a first visit (the empty notebook) shows only once this browser is known
  // to hold no Sidenote database (src/styles.css): anyone with saved data waits for the app.
  // A highlight an earlier page left mid-write counts as saved: the app writes it on start.
  const listed = prerendered
    ? databaseListed().then((l) => l || pendingCopiesKept(EARLY_DB_NAME))
    : undefined;
  void listed?.then((stored) => {
    if (!stored) html.dataset.stored = 'none';
  });
  const fetchForView = () => {
    fetchViewData(window.location.pathname);
    // After the paint, each in a task of its own: starting a download takes a phone's CPU a few
    // milliseconds, and twenty in one task blocked input for ~50 ms there (Lighthouse, 4× CPU).
    preloadMessages(locale, prerendered);
    preloadView(window.location.pathname, locale, prerendered);
  };
  // On a first visit to the page built for search, /search-first.js draws the results before
  // the app's code has come (decision 0032): the articles are asked for at once, and the app
  // starts once the results are on screen (or none will be), so its 100 KB do not share the
  // connection with what they need, nor its start-up the main thread.
  const searchFirst = prerendered && query ? searchFirstDrawn() : undefined;
  if (!prerendered) fetchForView();
  else if (searchFirst) fetchViewData(window.location.pathname);
  readHighlights(window.location.pathname);
  startAppAfterFirstPaint(prerendered ? fetchForView : undefined, listed, searchFirst);
  // A page the app draws waits here for the app's code: a good moment for Intl's start-up. Not
  // a reader or any other page prerendered at build time (scripts/prerender-readers.ts marks
  // it), whose paint it would delay.
  // Search's results count in the reader's language: Intl starts while the articles download.
  const read = window.location.pathname.startsWith('/read/');
  if ((!read && !prerendered) || searchFirst) setTimeout(() => warmIntl(locale), 0);
}

/** The prerendered search page's field. */
const SEARCH_FIELD = '[data-prerendered] input[type=search]';

/** The query of a search address with nothing else in it (`/search?q=…`); else undefined. */
function searchQuery(): string | undefined {
  if (window.location.pathname !== '/search') return undefined;
  const params = new URLSearchParams(window.location.search);
  return [...params.keys()].every((k) => k === 'q') ? (params.get('q') ?? '') : undefined;
}

/** The results may wait this long for /search-first.js before the app starts regardless. */
export const SEARCH_FIRST_LATEST_MS = 3000;

/**
 * Resolves once /search-first.js (an async script of the page built for search) has drawn the
 * results, or knows it draws none (something saved, nothing found, a failure).
 */
function searchFirstDrawn(): Promise<void> {
  return new Promise((resolve) =>
    document.addEventListener('sidenote-search-drawn', () => resolve(), { once: true }),
  );
}

/**
 * Removes the parts of a page prerendered in an interface language other than `locale`; the
 * page takes the kept part's title (the build's `<title>` is English).
 */
function dropOtherLanguages(locale: string): void {
  const others = `[data-prerendered-locale]:not([data-prerendered-locale="${locale}"])`;
  document.querySelectorAll(others).forEach((part) => part.remove());
  const kept = document.querySelector<HTMLElement>(`[data-prerendered-locale="${locale}"]`);
  if (kept?.dataset.title) document.title = kept.dataset.title;
}

/** Whether the page at `path` shows an article the reader has a saved place in. */
function placeToRestore(path: string): boolean {
  const shown = /^\/read\/([^/]+)$/.exec(path) ?? /^\/compare\/([^/]+)\/([^/]+)$/.exec(path);
  if (!shown) return false;
  const places = readPlaces();
  return shown.slice(1).some((part) => places.includes(decodePathPart(part)));
}

/**
 * The browser's first Intl object of a page loads its locale data: ~200 ms on a phone's CPU
 * (Lighthouse's 4× slowdown), ~50 ms here. The app's first render formats counts and dates;
 * paid now, while the page waits for the app's code, that time is not a task the first render
 * must wait for (bench row 12).
 */
export function warmIntl(locale: string): void {
  try {
    new Intl.NumberFormat(locale).format(1);
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(0);
  } catch {
    // An engine without Intl: the app does without it too.
  }
}

/** Views that read every shipped article's text before they can show anything (search, quotes). */
const ALL_TEXT_VIEWS = ['search', 'quotes'];
/** Above this many articles, a view's texts are left for the app to fetch as it needs them. */
export const EARLY_TEXTS_MAX = 24;

/**
 * The data the view at `path` draws with, asked for now, beside the app's code, rather than once
 * that code runs (src/db/early-fetch.ts): the article list for every view that lists articles,
 * side by side's two shipped articles, and every shipped article's text for search and quotes
 * once the list has come. A prerendered reader page already shows its article.
 */
function fetchViewData(path: string): void {
  const view = path.split('/')[1] ?? '';
  if (view !== 'compare' && !isListView(view)) return;
  const list = fetchEarly(MANIFEST_PATH, MANIFEST_INIT);
  const compare = /^\/compare\/([^/]+)\/([^/]+)$/.exec(path);
  for (const part of compare?.slice(1) ?? []) {
    const id = decodePathPart(part);
    if (id && !isUserArticleId(id)) fetchEarly(seedPath(`${id}.txt`));
  }
  if (!list || !ALL_TEXT_VIEWS.includes(view)) return;
  list
    .then((response) => response.clone().json() as Promise<{ articles?: SeedEntry[] }>)
    .then(({ articles = [] }) => {
      // The same articles the views read: those with a summary (a readable text).
      const readable = articles.filter((a) => a.summary && typeof a.file === 'string');
      if (readable.length <= EARLY_TEXTS_MAX)
        for (const a of readable) fetchEarly(seedPath(a.file));
    })
    .catch(() => undefined); // the app fetches and reports it
}

/**
 * A reader's highlights, read from IndexedDB now (src/db/early-highlights-read.ts): the records
 * are fetched and decoded while the page waits for the app's code, not on the way to the
 * reader's first render (5,000 take the main thread 30–40 ms to decode: bench row 4). Only for
 * a shipped article, the ones the app takes an early read for (warm-start.ts).
 */
function readHighlights(path: string): void {
  const read = /^\/read\/([^/]+)$/.exec(path);
  const id = read?.[1] ? decodePathPart(read[1]) : undefined;
  if (id && !isUserArticleId(id)) startBootRead(id);
}

interface SeedEntry {
  file: string;
  summary?: unknown;
}

/** A page in a background tab paints only once shown; its app starts after this at the latest. */
export const ENTRY_LATEST_MS = 1000;

/**
 * A prerendered page (scripts/prerender-readers.ts) names the app's entry in
 * `<meta name="sidenote-entry">` instead of loading it from a script tag: the article is
 * readable without it, so its 100 KB start downloading once the article has painted, not while a
 * phone's connection is still bringing the HTML, CSS and reading font that paint needs (bench
 * row 12). A page that hides its prerendered article (see above) has nothing to paint first,
 * nor has a first visit's page where `listed` says something is saved. `withApp` runs in the
 * task after the one that adds the entry. `after`: the app starts once it resolves instead.
 */
function startAppAfterFirstPaint(
  withApp?: () => void,
  listed?: Promise<boolean>,
  after?: Promise<void>,
): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if (withApp) setTimeout(withApp, 0);
    // Read now, not when boot.js runs: the tag comes after it in <head>.
    const entry = document.querySelector<HTMLMetaElement>('meta[name=sidenote-entry]')?.content;
    if (!entry) return;
    const script = Object.assign(document.createElement('script'), { type: 'module', src: entry });
    script.crossOrigin = '';
    document.head.append(script);
  };
  if (after) {
    // The page built for search: once its results are drawn (searchFirstDrawn).
    void after.then(start);
    setTimeout(start, SEARCH_FIRST_LATEST_MS);
    return;
  }
  if (document.documentElement.dataset.prerender === 'off' || !onFirstPaint(start)) {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  }
  document.addEventListener('DOMContentLoaded', () => {
    if (document.querySelector('[data-first-visit]')) void listed?.then((s) => s && start());
  });
  setTimeout(start, ENTRY_LATEST_MS);
}

/** Calls `then` once the page's first text or image is on screen; false where it cannot tell. */
function onFirstPaint(then: () => void): boolean {
  const Observer = globalThis.PerformanceObserver;
  if (!Observer?.supportedEntryTypes?.includes('paint')) return false;
  const observer = new Observer((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(then, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  return true;
}

/**
 * A view that is not in the app's entry (the notebook, search, side by side, …): its code and
 * its words in the reader's language, fetched now beside the entry rather than once it runs. The
 * built page lists them per view in `<meta name="sidenote-views">` (scripts/view-preloads.ts).
 */
function preloadView(pathname: string, locale: string, spread = false): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[name=sidenote-views]');
  if (!meta) return;
  // Keyed by the first part of the address (src/app/view-chunks.ts): `/notebook` → `notebook`.
  const view = pathname.split('/')[1] ?? '';
  let files: { code?: string[]; words?: Record<string, string[]> } | undefined;
  try {
    const views = JSON.parse(meta.content) as Record<string, typeof files>;
    files = Object.hasOwn(views, view) ? views[view] : undefined;
  } catch {
    return; // a damaged list costs the head start, nothing else
  }
  for (const href of [...(files?.code ?? []), ...(files?.words?.[locale] ?? [])])
    modulePreload(href, spread);
}

/** `spread`: in a task of its own (a page that has painted; see boot()). */
function modulePreload(href: string, spread = false): void {
  const link = Object.assign(document.createElement('link'), { crossOrigin: '', href });
  link.rel = 'modulepreload';
  if (spread) setTimeout(() => document.head.append(link), 0);
  else document.head.append(link);
}

/**
 * The interface's words for the first render, in the reader's language only, fetched now with
 * the app's code rather than once it runs: the built page names their files in
 * `<meta name="sidenote-messages-<locale>">` (scripts/messages-plugin.ts). A page prerendered
 * at build time asks for them only once it has painted, a task per file (`spread`).
 */
function preloadMessages(locale: string, spread = false): void {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name=sidenote-messages-${locale}]`);
  for (const href of meta?.content.split(' ') ?? []) modulePreload(href, spread);
}
