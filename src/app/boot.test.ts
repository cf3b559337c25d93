import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLACES_KEY, rememberPlace } from '@/features/reader/article/places';
import { PRERENDERED_PAGE } from './prerendered-page';
import { boot, EARLY_TEXTS_MAX, ENTRY_LATEST_MS } from './boot';
import { MANIFEST_PATH, takeEarly } from '@/db/early-fetch';
import { PREFERENCES_KEY } from '@/shared/stores/preference-rules';

/** Runs the boot script as the page at `path` would, and says whether it holds the prerender. */
function bootAt(path: string): boolean {
  history.replaceState(null, '', path);
  delete document.documentElement.dataset.prerender;
  boot();
  return document.documentElement.dataset.prerender === 'off';
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe('articles with a saved place', () => {
  it('make the page before the app wait for it, so the reader never sees the top jump away', () => {
    expect(bootAt('/read/a1')).toBe(false);
    rememberPlace('a1', true);
    expect(bootAt('/read/a1')).toBe(true);
    expect(bootAt('/read/a2')).toBe(false);
    // Back at the top: nothing to restore, the prerendered page shows at once again.
    rememberPlace('a1', false);
    expect(bootAt('/read/a1')).toBe(false);
  });

  it('make side by side wait too when either pane has a place to restore', () => {
    expect(bootAt('/compare/a1/a2')).toBe(false);
    rememberPlace('a2', true);
    expect(bootAt('/compare/a1/a2')).toBe(true);
    expect(bootAt('/compare/a2/a1')).toBe(true);
    expect(bootAt('/compare/a1/a3')).toBe(false);
  });

  it('match ids that need encoding in the URL', () => {
    rememberPlace('mein Artikel', true);
    expect(bootAt(`/read/${encodeURIComponent('mein Artikel')}`)).toBe(true);
  });

  it('keep the newest 300 and survive a damaged list', () => {
    for (let i = 0; i < 310; i++) rememberPlace(`a${i}`, true);
    const kept = JSON.parse(localStorage.getItem(PLACES_KEY) ?? '[]') as string[];
    expect(kept).toHaveLength(300);
    expect(kept.at(-1)).toBe('a309');
    expect(kept).not.toContain('a0');
    localStorage.setItem(PLACES_KEY, '{broken');
    expect(bootAt('/read/a309')).toBe(false);
    rememberPlace('a1', true);
    expect(bootAt('/read/a1')).toBe(true);
  });
});

describe('the interface language before the app starts', () => {
  /** Whether boot.js hides a prerendered page's (English) interface words. */
  function wordsWait(languages: string[], saved?: string): boolean {
    vi.stubGlobal('navigator', { ...navigator, languages });
    if (saved) {
      localStorage.setItem('sidenote.preferences', JSON.stringify({ state: { language: saved } }));
    }
    delete document.documentElement.dataset.uiWords;
    boot();
    return document.documentElement.dataset.uiWords === 'wait';
  }

  it('hides the English words of a prerendered page for a German browser', () => {
    expect(wordsWait(['de-DE', 'en'])).toBe(true);
    expect(wordsWait(['en-US', 'de'])).toBe(false);
    expect(wordsWait(['fr-FR'])).toBe(false);
  });

  it('follows the language chosen in Settings over the browser', () => {
    expect(wordsWait(['de-DE'], 'en')).toBe(false);
    expect(wordsWait(['en-US'], 'de')).toBe(true);
  });
});

describe('a prerendered page', () => {
  /** A stand-in for the browser's paint timing: `paint()` reports the first contentful paint. */
  let paint: () => void;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    class PaintObserver {
      static supportedEntryTypes = ['paint'];
      constructor(
        private readonly report: (list: { getEntriesByName(n: string): unknown[] }) => void,
      ) {}
      observe() {
        paint = () =>
          this.report({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
      }
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', PaintObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    document.head
      .querySelectorAll('meta[name=sidenote-entry], script[src]')
      .forEach((e) => e.remove());
  });

  // boot.js runs from <head> before the parser reaches the tag that names the entry.
  const nameEntry = () =>
    document.head.append(
      Object.assign(document.createElement('meta'), {
        name: 'sidenote-entry',
        content: '/assets/entry.js',
      }),
    );
  const entryScripts = () =>
    [...document.head.querySelectorAll<HTMLScriptElement>('script[src="/assets/entry.js"]')].map(
      (s) => s.type,
    );

  it('starts the app once the article has painted, not before: the article needs no script', () => {
    bootAt('/read/a1');
    nameEntry();
    vi.advanceTimersByTime(ENTRY_LATEST_MS / 2);
    expect(entryScripts()).toEqual([]);
    paint();
    vi.advanceTimersByTime(1); // a task after the paint (a timer of 0 runs after 1 ms here)
    expect(entryScripts()).toEqual(['module']);
    vi.advanceTimersByTime(ENTRY_LATEST_MS);
    expect(entryScripts()).toEqual(['module']);
  });

  it('starts it anyway in a tab that does not paint (in the background)', () => {
    bootAt('/read/a1');
    nameEntry();
    vi.advanceTimersByTime(ENTRY_LATEST_MS);
    expect(entryScripts()).toEqual(['module']);
  });

  it('starts it at once when the article is hidden for the app (a saved place): nothing paints first', () => {
    rememberPlace('a1', true);
    expect(bootAt('/read/a1')).toBe(true);
    nameEntry();
    expect(entryScripts()).toEqual([]);
    // (Every boot() of this file listens; a page runs it once.)
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(entryScripts()).toContain('module');
  });

  it('asks for the view’s data and code with the app, after the paint, not before it', () => {
    globalThis.sidenoteEarly = undefined;
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => {
        fetched.push(url);
        return Promise.resolve(new Response('{}'));
      }),
    );
    const views = Object.assign(document.createElement('meta'), {
      name: 'sidenote-views',
      content: JSON.stringify({ compare: { code: ['/assets/compare.js'] } }),
    });
    document.head.append(views);
    const preloads = () =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) =>
        l.getAttribute('href'),
      );
    document.documentElement.setAttribute(PRERENDERED_PAGE, '');
    try {
      bootAt('/compare/a1/a2');
      nameEntry();
      expect(fetched).toEqual([]);
      expect(preloads()).toEqual([]);
      paint();
      vi.advanceTimersByTime(5); // the entry, then (in tasks of their own) the rest
      expect(fetched).toEqual(['/seeds/manifest.json', '/seeds/a1.txt', '/seeds/a2.txt']);
      expect(preloads()).toEqual(['/assets/compare.js']);
      expect(entryScripts()).toEqual(['module']);
    } finally {
      document.documentElement.removeAttribute(PRERENDERED_PAGE);
      views.remove();
      document.head.querySelectorAll('link[rel=modulepreload]').forEach((e) => e.remove());
    }
  });

  it('is the only kind of page whose app boot.js starts', () => {
    bootAt('/');
    paint();
    vi.advanceTimersByTime(ENTRY_LATEST_MS);
    expect(document.head.querySelectorAll('script[type=module]')).toHaveLength(0);
  });
});

describe('the data a view draws with, asked for beside the app', () => {
  const readable = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `a${i}`, file: `a${i}.txt`, summary: {} }));

  /** Boots at `path` with a server that has `articles`; the addresses asked for, in order. */
  async function asked(path: string, articles: object[]): Promise<string[]> {
    globalThis.sidenoteEarly = undefined;
    const urls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => {
        urls.push(url);
        return Promise.resolve(
          url.endsWith('manifest.json') ? Response.json({ articles }) : new Response('Titel'),
        );
      }),
    );
    bootAt(path);
    await new Promise((r) => setTimeout(r, 0)); // the list arrives, then its texts are asked for
    return urls;
  }

  it('search and quotes ask for every readable article once the list has come', async () => {
    const articles = [...readable(2), { id: 'broken', file: 'broken.txt' }];
    for (const path of ['/search?q=Nato', '/quotes']) {
      expect(await asked(path, articles)).toEqual([
        '/seeds/manifest.json',
        '/seeds/a0.txt',
        '/seeds/a1.txt',
      ]);
    }
  });

  it('the app still reads the list boot.js looked into', async () => {
    await asked('/search', readable(1));
    const response = await takeEarly(MANIFEST_PATH);
    expect(((await response?.json()) as { articles: unknown[] }).articles).toHaveLength(1);
  });

  it('views that only list articles ask for the list alone; others for nothing', async () => {
    for (const path of ['/', '/notebook', '/review', '/data'])
      expect(await asked(path, readable(2))).toEqual(['/seeds/manifest.json']);
    for (const path of ['/settings', '/sync', '/tags'])
      expect(await asked(path, readable(2))).toEqual([]);
  });

  it('a large library leaves the texts to the app, which fetches them as it needs them', async () => {
    expect(await asked('/search', readable(EARLY_TEXTS_MAX + 1))).toEqual(['/seeds/manifest.json']);
  });
});

describe("Intl's start-up", () => {
  it('is paid while a drawn view waits for the app, never before a prerendered article paints', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const made: string[] = [];
    const RealFormat = Intl.NumberFormat;
    vi.stubGlobal('Intl', {
      ...Intl,
      NumberFormat: function (locale: string) {
        made.push(locale);
        return new RealFormat(locale);
      },
    });
    try {
      bootAt('/read/a1');
      vi.runAllTimers();
      expect(made).toEqual([]);
      localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ state: { language: 'de' } }));
      bootAt('/notebook');
      expect(made).toEqual([]); // not in boot.js's own task: the page's head is still parsing
      vi.runAllTimers();
      expect(made).toEqual(['de']);
      // Side by side of two shipped articles is prerendered too (the build marks the page).
      made.length = 0;
      document.documentElement.setAttribute(PRERENDERED_PAGE, '');
      bootAt('/compare/a1/a2');
      vi.runAllTimers();
      expect(made).toEqual([]);
      document.documentElement.removeAttribute(PRERENDERED_PAGE);
      bootAt('/compare/a1/a2');
      vi.runAllTimers();
      expect(made).toEqual(['de']);
    } finally {
      vi.useRealTimers();
    }
  });
});
