import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';

// Every font the HTML preloads is one the page needs: a preload it does not need costs a phone's
// connection bytes before the first paint (bench row 12). What the page needs is what it asks for
// when its HTML preloads nothing.
const fileOf = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

async function preloadedFonts(page: Page, path: string) {
  await page.goto(path);
  return page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
}

async function fontsNeeded(page: Page, path: string) {
  await page.route(
    (url) => url.pathname === new URL(path, 'http://x').pathname,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<link rel="preload"[^>]*as="font"[^>]*>/g, '');
      await route.fulfill({ response, body });
    },
  );
  const needed = new Set<string>();
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) needed.add(fileOf(request.url()));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  return [...needed];
}

for (const [name, path] of [
  ['library', '/'],
  ['reader', `/read/${SEEDS.nuclear.id}`],
] as const) {
  test(`${name}: every font preloaded is needed`, async ({ browser }) => {
    const first = await browser.newPage();
    const preloaded = (await preloadedFonts(first, path)).map(fileOf);
    await first.close();
    const second = await browser.newPage();
    const needed = await fontsNeeded(second, path);
    await second.close();
    expect(preloaded.length).toBeGreaterThan(0);
    expect(needed).toEqual(expect.arrayContaining(preloaded));
  });
}
