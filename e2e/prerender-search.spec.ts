import { expect, test } from './csp-guard';
import { SEEDS } from './fixtures';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { storedHighlightCount } from './pages/annotations';
import { holdAppCode } from './pages/app-code';

// A first visit's `/search?q=…` (decision 0032): the page built for search shows the field with
// the query, and /search-first.js draws the results before the app's code has come; the app
// replaces them with the same results in the same place.

const first = (search: SearchPage) =>
  search.resultsOf('Article text').first().locator('mark').first();

test('a first visit’s search shows its results before the app’s code has come, and they stay put when it takes over', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  const entryAsked: string[] = [];
  page.on('request', (r) => /\/assets\/index-[^/]*\.js$/.test(r.url()) && entryAsked.push(r.url()));
  await page.goto('/search?q=Stoltenberg', { waitUntil: 'commit' });
  const search = new SearchPage(page);
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(search.input).toHaveValue('Stoltenberg');
  await expect(first(search)).toHaveText(/^Stoltenbergs?$/);
  await expect(search.count).toBeVisible();
  const count = await search.count.textContent();
  const links = await search.results.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(1);
  const before = await search.results.first().boundingBox();
  // The app's code is asked for only once the results are on screen.
  expect(entryAsked.length).toBeLessThanOrEqual(1);

  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(search.count).toHaveText(count ?? '');
  expect(await search.results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    links,
  );
  expect(await search.results.first().boundingBox()).toEqual(before);
  // The app's own index answers from now on.
  await search.search('Atomkrieg');
  await expect(search.resultsOf('Article text').first().locator('mark').first()).toHaveText(
    /^Atomkrieg/,
  );
  // Still a first visit: drawing the results created no database.
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test('the app takes over the worker that answered first: one worker, each article downloaded once', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const started: string[] = [];
    Object.assign(window, { __workers: started });
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(options?.name ?? '');
      }
    };
  });
  const seeds: string[] = [];
  page.on('request', (r) => /\/seeds\/.*\.txt$/.test(r.url()) && seeds.push(r.url()));
  await page.goto('/search?q=Stoltenberg');
  const search = new SearchPage(page);
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await search.search('Atomkrieg');
  await expect(first(search)).toHaveText(/^Atomkrieg/);
  expect(
    await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers),
  ).toEqual(['sidenote-search-first']);
  expect(seeds.length).toBe(new Set(seeds).size);
});

test('the results drawn before the app are the app’s own: same elements, same classes, same words', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('/search?q=Stoltenberg', { waitUntil: 'commit' });
  const search = new SearchPage(page);
  await expect(first(search)).toBeVisible();
  const region = page.locator('[data-search-results]');
  const shape = () =>
    region.evaluate((el) => {
      const walk = (node: Node): unknown =>
        node.nodeType === Node.TEXT_NODE
          ? node.textContent
          : {
              tag: (node as Element).tagName,
              attrs: [...(node as Element).attributes].map((a) => `${a.name}=${a.value}`).sort(),
              children: [...node.childNodes].map(walk),
            };
      // Text split differently into nodes reads the same: compare each element's text.
      el.normalize();
      return walk(el);
    });
  const drawn = await shape();
  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(first(search)).toBeVisible();
  expect(await shape()).toEqual(drawn);
});

test('in German the results before the app are German', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await holdAppCode(page);
  await page.goto('/search?q=Stoltenberg', { waitUntil: 'commit' });
  await expect(page.getByRole('region', { name: 'In den Artikeln' })).toBeVisible();
  await expect(page.getByText(/^\d+ Treffer$/)).toBeVisible();
  const hit = page.getByRole('main').getByRole('link').filter({ hasText: 'Artikeltext · ' });
  await expect(hit.first().locator('mark').first()).toHaveText(/^Stoltenbergs?$/);
  await expect(page.getByRole('searchbox')).toHaveValue('Stoltenberg');
  // Only the reader's language is left in the page.
  await expect(page.locator('[data-prerendered]')).toHaveCount(1);
  await expect(page.getByText('In the articles')).toHaveCount(0);
  // Its title is German (the build's <title> is English), and its field has the focus.
  await expect(page).toHaveTitle('Suche · Sidenote');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await context.close();
});

test('what is typed before the app has come is the query the app searches', async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto('/search?q=Stoltenberg', { waitUntil: 'commit' });
  const search = new SearchPage(page);
  await expect(first(search)).toBeVisible();
  await search.input.fill('Atomkrieg');
  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(search.input).toHaveValue('Atomkrieg');
  await expect(search.input).toBeFocused();
  await expect(page).toHaveURL(/\?q=Atomkrieg$/);
  await expect(search.resultsOf('Article text').first().locator('mark').first()).toHaveText(
    /^Atomkrieg/,
  );
});

test('with something saved, search waits for the app, which finds the saved notes too', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.gotoClean(SEEDS.nuclear.id);
  const quote = SEEDS.nuclear.sentence;
  await reader.text.highlight(quote);
  await reader.sidebar.writeNote(quote, 'Zwiebelkuchenrezept');
  await expect.poll(() => storedHighlightCount(page)).toBe(1);

  const release = await holdAppCode(page);
  await page.goto('/search?q=Zwiebelkuchenrezept', { waitUntil: 'commit' });
  const search = new SearchPage(page);
  await expect(search.input).toHaveValue('Zwiebelkuchenrezept');
  // An index without the saved note would find nothing, or less: none is drawn before the app.
  await page.waitForTimeout(1000);
  await expect(search.results).toHaveCount(0);
  await expect(search.nothingFound('Zwiebelkuchenrezept')).toHaveCount(0);

  release();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  const hit = search.inNotes.getByRole('link').filter({ hasText: `Note · ${SEEDS.nuclear.title}` });
  await expect(hit.locator('mark')).toHaveText('Zwiebelkuchenrezept');
});
