import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileBootScript } from './boot-script';

const src = fileURLToPath(new URL('../src', import.meta.url));

/**
 * Runs the built script against a stand-in page at `url` with `stored` preferences, whose
 * <head> has `meta` (name → content); `preloaded` lists the links the script added to it.
 */
function runBuilt(
  code: string,
  url: string,
  stored: Record<string, string>,
  languages?: readonly string[],
  meta: Record<string, string> = {},
) {
  const dataset: Record<string, string> = {};
  const style = new Map<string, string>();
  const preloaded: string[] = [];
  const listeners = new Map<string, () => void>();
  const timers: (() => void)[] = [];
  const fetched: string[] = [];
  const page = {
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    document: {
      documentElement: {
        dataset,
        style: { setProperty: (name: string, value: string) => style.set(name, value) },
      },
      querySelector: (selector: string) => {
        const name = /^meta\[name=([^\]]+)\]$/.exec(selector)?.[1];
        return name && name in meta ? { content: meta[name] } : null;
      },
      createElement: () => ({ rel: '', href: '', crossOrigin: null as string | null }),
      head: {
        append: (link: { rel: string; href: string; src?: string; crossOrigin: string | null }) =>
          preloaded.push(
            link.src
              ? `script ${link.src} crossorigin=${link.crossOrigin}`
              : `${link.rel} ${link.href} crossorigin=${link.crossOrigin}`,
          ),
      },
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    },
    window: {
      location: new URL(url),
      matchMedia: (query: string) => ({ matches: query.includes('dark') }),
    },
  };
  // No paint timing here (as in an older browser): a prerendered page's app starts once the
  // document is parsed, or after a timer at the latest.
  globalThis.sidenoteEarly = undefined; // a page runs the script once
  new Function(
    'localStorage',
    'document',
    'window',
    'navigator',
    'setTimeout',
    'PerformanceObserver',
    'fetch',
    code,
  )(
    page.localStorage,
    page.document,
    page.window,
    languages ? { languages } : undefined,
    (run: () => void) => timers.push(run),
    undefined,
    (url: string, init?: RequestInit) => {
      fetched.push(init?.cache ? `${url} (${init.cache})` : url);
      return new Promise(() => {});
    },
  );
  const parsed = () => listeners.get('DOMContentLoaded')?.();
  const later = () => timers.forEach((run) => run());
  return { dataset, style: Object.fromEntries(style), preloaded, parsed, later, fetched };
}

describe('the built boot script (/boot.js)', () => {
  it('is one small self-contained script', async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    // About 7.3 KB (3 KB gzipped): besides the preferences it starts the download of the first
    // render's words (about 200 bytes), a prerendered page's app once the page has painted (about
    // 500), the view's data (about 750, with search's and quotes' texts once the list has come), a
    // lazily loaded view's code and words (about 300), warms Intl up for a view the app draws
    // (about 150), reads a reader's highlights from IndexedDB (about 1,700: bench row 4) and
    // shows the first visit's prerendered notebook in the reader's language once no database is
    // listed and no highlight waits in localStorage to be written (about 500). On the page built
    // for search it puts the query in the field and starts the app once /search-first.js has
    // drawn the results (about 500, decision 0032). A page prerendered in every language takes
    // the kept language's title (about 100).
    expect(code.length).toBeLessThan(7500);
  }, 30_000);

  it('puts valid saved preferences on <html>, and the defaults for damaged ones', async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    const saved = (state: object) => ({
      'sidenote.preferences': JSON.stringify({ state, version: 1 }),
    });
    const look = (url: string, stored: Record<string, string>) => {
      const { dataset, style, preloaded } = runBuilt(code, url, stored);
      return { dataset, style, preloaded };
    };
    expect(
      look('http://x/read/a1', saved({ theme: 'sepia', fontSize: 22, width: 'wide' })),
    ).toEqual({
      dataset: { theme: 'sepia' },
      style: { '--reader-font-size': '22px', '--reader-measure': '80ch' },
      preloaded: [],
    });
    expect(look('http://x/', saved({ theme: 'neon', fontSize: '22', width: 'huge' }))).toEqual({
      dataset: { theme: 'dark' },
      style: { '--reader-font-size': '19px', '--reader-measure': '66ch' },
      preloaded: [],
    });
    const withPlace = { 'sidenote.places': JSON.stringify(['mein Artikel']) };
    expect(runBuilt(code, 'http://x/read/mein%20Artikel', withPlace).dataset.prerender).toBe('off');
    expect(runBuilt(code, 'http://x/read/%', withPlace).dataset.prerender).toBeUndefined();
    // A German browser: the prerendered page's English interface words wait for the app.
    expect(runBuilt(code, 'http://x/read/a1', {}, ['de-DE', 'en']).dataset.uiWords).toBe('wait');
    expect(runBuilt(code, 'http://x/read/a1', {}, ['en-GB']).dataset.uiWords).toBeUndefined();
    expect(
      runBuilt(code, 'http://x/read/a1', saved({ language: 'en' }), ['de-DE']).dataset.uiWords,
    ).toBeUndefined();
  }, 30_000);

  it("fetches the first render's words in the reader's language only, with the app's code", async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    const meta = {
      'sidenote-messages-en': '/assets/core-en.js /assets/plurals.js',
      'sidenote-messages-de': '/assets/core-de.js /assets/plurals.js',
    };
    expect(runBuilt(code, 'http://x/', {}, ['de-DE', 'en'], meta).preloaded).toEqual([
      'modulepreload /assets/core-de.js crossorigin=',
      'modulepreload /assets/plurals.js crossorigin=',
    ]);
    expect(runBuilt(code, 'http://x/', {}, ['en-GB'], meta).preloaded).toEqual([
      'modulepreload /assets/core-en.js crossorigin=',
      'modulepreload /assets/plurals.js crossorigin=',
    ]);
    // A prerendered reader page names none (scripts/prerender-readers.ts): nothing is fetched.
    expect(runBuilt(code, 'http://x/read/a1', {}, ['de-DE']).preloaded).toEqual([]);
  }, 30_000);

  it("starts a prerendered page's app, once, from the entry its <head> names", async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    const meta = { 'sidenote-entry': '/assets/index-abc.js' };
    const page = runBuilt(code, 'http://x/read/a1', {}, ['en'], meta);
    expect(page.preloaded).toEqual([]);
    page.parsed();
    page.later();
    expect(page.preloaded).toEqual(['script /assets/index-abc.js crossorigin=']);
    // index.html loads its app itself.
    const plain = runBuilt(code, 'http://x/', {}, ['en']);
    plain.parsed();
    plain.later();
    expect(plain.preloaded).toEqual([]);
  }, 30_000);

  it("asks for the view's data beside the app's code: the article list, side by side's articles", async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    const manifest = '/seeds/manifest.json (no-cache)';
    expect(runBuilt(code, 'http://x/', {}).fetched).toEqual([manifest]);
    expect(runBuilt(code, 'http://x/compare/001_a/mine-1234', {}).fetched).toEqual([
      manifest,
      '/seeds/001_a.txt',
    ]);
    expect(runBuilt(code, 'http://x/compare/a%20b/c', {}).fetched).toEqual([
      manifest,
      '/seeds/a%20b.txt',
      '/seeds/c.txt',
    ]);
    // Every view that lists articles asks for the list (search's texts follow it: boot.test.ts).
    expect(runBuilt(code, 'http://x/notebook', {}).fetched).toEqual([manifest]);
    expect(runBuilt(code, 'http://x/search', {}).fetched).toEqual([manifest]);
    // A prerendered reader page shows its article already; other views fetch for themselves.
    expect(runBuilt(code, 'http://x/read/001_a', {}).fetched).toEqual([]);
    expect(runBuilt(code, 'http://x/settings', {}).fetched).toEqual([]);
  }, 30_000);

  it("fetches a lazily loaded view's code and its words in the reader's language with the app's code", async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    const meta = {
      'sidenote-views': JSON.stringify({
        notebook: {
          code: ['/assets/notebook.js'],
          words: { de: ['/assets/nb-de.js'], en: ['/assets/nb-en.js'] },
        },
        read: { code: ['/assets/reader.js'], words: {} },
      }),
    };
    expect(runBuilt(code, 'http://x/notebook', {}, ['de-DE'], meta).preloaded).toEqual([
      'modulepreload /assets/notebook.js crossorigin=',
      'modulepreload /assets/nb-de.js crossorigin=',
    ]);
    expect(runBuilt(code, 'http://x/read/mine-1', {}, ['en'], meta).preloaded).toEqual([
      'modulepreload /assets/reader.js crossorigin=',
    ]);
    // The library is in the entry; an unknown address or a damaged list preloads nothing.
    expect(runBuilt(code, 'http://x/', {}, ['en'], meta).preloaded).toEqual([]);
    expect(runBuilt(code, 'http://x/constructor', {}, ['en'], meta).preloaded).toEqual([]);
    expect(
      runBuilt(code, 'http://x/notebook', {}, ['en'], { 'sidenote-views': '{' }).preloaded,
    ).toEqual([]);
  }, 30_000);
});
