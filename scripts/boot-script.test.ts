import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileBootScript } from './boot-script';

const src = fileURLToPath(new URL('../src', import.meta.url));

/** Runs the built script against a stand-in page at `url` with `stored` preferences. */
function runBuilt(
  code: string,
  url: string,
  stored: Record<string, string>,
  languages?: readonly string[],
) {
  const dataset: Record<string, string> = {};
  const style = new Map<string, string>();
  const page = {
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    document: {
      documentElement: {
        dataset,
        style: { setProperty: (name: string, value: string) => style.set(name, value) },
      },
    },
    window: {
      location: new URL(url),
      matchMedia: (query: string) => ({ matches: query.includes('dark') }),
    },
  };
  new Function('localStorage', 'document', 'window', 'navigator', code)(
    page.localStorage,
    page.document,
    page.window,
    languages ? { languages } : undefined,
  );
  return { dataset, style: Object.fromEntries(style) };
}

describe('the built boot script (/boot.js)', () => {
  it('is one small self-contained script', async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(code.length).toBeLessThan(2000);
  }, 30_000);

  it('puts valid saved preferences on <html>, and the defaults for damaged ones', async () => {
    const code = await compileBootScript(`${src}/app/boot-entry.ts`, { '@': src });
    const saved = (state: object) => ({
      'sidenote.preferences': JSON.stringify({ state, version: 1 }),
    });
    expect(
      runBuilt(code, 'http://x/read/a1', saved({ theme: 'sepia', fontSize: 22, width: 'wide' })),
    ).toEqual({
      dataset: { theme: 'sepia' },
      style: { '--reader-font-size': '22px', '--reader-measure': '80ch' },
    });
    expect(
      runBuilt(code, 'http://x/', saved({ theme: 'neon', fontSize: '22', width: 'huge' })),
    ).toEqual({
      dataset: { theme: 'dark' },
      style: { '--reader-font-size': '19px', '--reader-measure': '66ch' },
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
});
