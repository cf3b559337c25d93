import { expect, test, type Page, type Response } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';

/**
 * What the first page (the library) loads, bench row 1 (issue 15). The first render's words come
 * in the browser's own language only, fetched alongside the app's code (/boot.js preloads the
 * file the page names), never the other language's; valibot, which only a damaged article list
 * needs, stays out. A prerendered reader page preloads nothing.
 */

/** `app.skipToContent` in each language: found in a script only if its core catalog loaded. */
const WORDS = { en: 'Skip to content', de: 'Zum Inhalt springen' };
/** A string valibot's code carries (its Standard Schema vendor name). */
const VALIBOT = 'valibot';

async function libraryScripts(page: Page, list: string) {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto('/');
  await expect(page.getByRole('list', { name: list }).getByRole('listitem').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(
    responses.map(async (r) => ({ path: new URL(r.url()).pathname, text: await r.text() })),
  );
  const messages = (locale: string) =>
    page.locator(`meta[name="sidenote-messages-${locale}"]`).getAttribute('content');
  const preloaded = await page
    .locator('link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  return { scripts, messages, preloaded };
}

const withText = (scripts: { path: string; text: string }[], text: string) =>
  scripts.filter((s) => s.text.includes(text)).map((s) => s.path);

test.describe('in English', () => {
  test('the first page fetches English words with its code, no German and no valibot', async ({
    page,
  }) => {
    const { scripts, messages, preloaded } = await libraryScripts(page, 'Articles');
    const [english = '', ...englishDeps] = (await messages('en'))?.split(' ') ?? [];
    const [german = ''] = (await messages('de'))?.split(' ') ?? [];
    expect(english).toMatch(/^\/assets\/.+\.js$/);
    expect(preloaded).toEqual(expect.arrayContaining([english, ...englishDeps]));
    expect(withText(scripts, WORDS.en)).toEqual([english]);
    expect(scripts.map((s) => s.path)).not.toContain(german);
    expect(withText(scripts, WORDS.de)).toEqual([]);
    expect(withText(scripts, VALIBOT)).toEqual([]);
    // The first page's own code is one file (vite.config.ts puts all it imports statically into
    // its entry, not into a dozen small chunks): that, Rolldown's runtime, the words and their
    // plural rules.
    const assets = scripts.map((s) => s.path).filter((path) => path.startsWith('/assets/'));
    expect(assets.length, assets.join(', ')).toBeLessThanOrEqual(4);
  });
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the first page fetches German words with its code, no English and no valibot', async ({
    page,
  }) => {
    const { scripts, messages, preloaded } = await libraryScripts(page, 'Artikel');
    const [german = '', ...germanDeps] = (await messages('de'))?.split(' ') ?? [];
    const [english = ''] = (await messages('en'))?.split(' ') ?? [];
    expect(preloaded).toEqual(expect.arrayContaining([german, ...germanDeps]));
    expect(preloaded).not.toContain(english);
    expect(withText(scripts, WORDS.de)).toEqual([german]);
    expect(scripts.map((s) => s.path)).not.toContain(english);
    expect(withText(scripts, WORDS.en)).toEqual([]);
    expect(withText(scripts, VALIBOT)).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  test('a reader opened cold fetches its words in German only', async ({ page }) => {
    const responses: Response[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') responses.push(response);
    });
    await page.goto(`/read/${SEEDS.nato2024.id}`);
    await expect(page.getByRole('link', { name: 'Bibliothek', exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const texts = await Promise.all(responses.map((r) => r.text()));
    // reader.toolbar.label in each language.
    expect(texts.some((text) => text.includes('Auswahl markieren'))).toBe(true);
    expect(texts.filter((text) => text.includes('Highlight the selection'))).toEqual([]);
  });
});

test('a prerendered reader page preloads no words or chunks from its HTML', async ({ request }) => {
  const html = await (await request.get(`/read/${SEEDS.nato2024.id}`)).text();
  expect(html).toContain('data-prerendered');
  expect(html).not.toContain('modulepreload');
});

test('every page declares its charset in its first 1,024 bytes', async ({ request }) => {
  for (const path of ['/', '/notebook', `/read/${SEEDS.nato2024.id}`]) {
    const html = await (await request.get(path)).text();
    expect(html.slice(0, 1024), path).toMatch(/<meta charset="utf-8"/i);
  }
});

/**
 * Holds the app's entry back 400 ms, as a slow connection would: what is asked for beside it
 * is then asked for before it has arrived, however fast this machine's server is.
 */
async function slowEntry(page: Page) {
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
}

test('a view that is not in the entry is asked for beside the app’s code, not after it', async ({
  page,
}) => {
  await slowEntry(page);
  // Tags: drawn by the app only (the notebook has a page prerendered for a first visit).
  await page.goto('/tags');
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  const timing = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const find = (pattern: RegExp) => resources.find((r) => pattern.test(r.name));
    return {
      entryEnd: find(/\/assets\/index-[^/]*\.js$/)?.responseEnd,
      view: find(/\/assets\/tags-page-[^/]*\.js$/)?.startTime,
    };
  });
  expect(timing.view).toBeDefined();
  expect(timing.view).toBeLessThan(timing.entryEnd ?? 0);
});

test('a prerendered reader page asks for the app’s code and the reader’s only once the article has painted, beside each other', async ({
  page,
}) => {
  await slowEntry(page);
  await page.goto(`/read/${SEEDS.nato2024.id}`);
  // The app has taken over: the reader's controls are there.
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Display settings' })).toBeVisible();
  const { paint, entry, scripts } = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const entry = resources.find((r) => /\/assets\/index-[^/]*\.js$/.test(r.name));
    return {
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      entry: entry && { start: entry.startTime, end: entry.responseEnd },
      scripts: resources
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
    };
  });
  expect(paint).toBeGreaterThan(0);
  expect(entry?.start).toBeGreaterThanOrEqual(paint ?? Infinity);
  // The reader's code, asked for by /boot.js from the page's list, not once the entry has run.
  const reader = scripts.find((s) => /\/reader-page-[^/]*\.js$/.test(s.name));
  expect(reader, JSON.stringify(scripts)).toBeDefined();
  expect(reader?.start).toBeGreaterThanOrEqual(paint ?? Infinity);
  expect(reader?.start).toBeLessThan(entry?.end ?? 0);
});

test('a damaged article list brings valibot then, whose words say where and what', async ({
  page,
}) => {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.route('**/seeds/manifest.json', (route) =>
    route.fulfill({
      json: {
        format: 'sidenote-seed-manifest',
        version: 1,
        generatedAt: '2026-12-06',
        articles: [{ id: '', file: 'a.txt', size: 1, sha256: 'ab' }],
      },
    }),
  );
  await page.goto('/');
  await expect(page.getByText(/is damaged at articles\.0\.id: Invalid length/)).toBeVisible({
    timeout: 15_000,
  });
  const texts = await Promise.all(responses.map((r) => r.text()));
  expect(texts.some((text) => text.includes(VALIBOT))).toBe(true);
});

/** A name only Dexie's code carries (Sidenote's own error handling names others of its errors). */
const DEXIE = 'MissingAPIError';
const databaseNames = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

test('a first visit loads no storage engine on any view until something is saved', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const text = await response.text().catch(() => ''); // a redirect has no body
    if (text.includes(DEXIE)) loaded.push(new URL(response.url()).pathname);
  });
  const { nuclear, nato2024 } = SEEDS;
  const views = [
    '/',
    `/read/${nuclear.id}`,
    `/compare/${nuclear.id}/${nato2024.id}`,
    '/notebook',
    '/search?q=Stoltenberg',
  ];
  for (const view of views) {
    await page.goto(view);
    await expect(page.locator('#main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(loaded, `Dexie loaded by ${view}`).toEqual([]);
  }
  expect(await databaseNames(page)).not.toContain('sidenote');

  // The first highlight loads it and creates the database; after a reload the highlight is there.
  const reader = new ReaderPage(page);
  await reader.goto(nuclear.id);
  await reader.text.highlight(nuclear.sentence);
  await expect(reader.text.marks).toHaveCount(1);
  expect(loaded.length).toBeGreaterThan(0);
  await expect.poll(() => databaseNames(page)).toContain('sidenote');
  await reader.reload();
  await expect(reader.text.marks).toHaveCount(1);
});
