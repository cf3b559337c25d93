import { expect, test, type Browser, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';

// Every font the HTML preloads for a screen is one the page needs on it: a preload it does not
// need costs a phone's connection bytes before the first paint (bench row 12). What the page
// needs is what it asks for when its HTML preloads nothing. A phone sets the interface in its own
// font and never downloads Inter (src/styles.css).
const fileOf = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

const SCREENS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** The preloads that apply to this screen (a preload whose media does not match loads nothing). */
async function preloadedFonts(page: Page, path: string) {
  await page.goto(path);
  return page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) =>
      (links as HTMLLinkElement[])
        .filter((l) => !l.media || window.matchMedia(l.media).matches)
        .map((l) => l.href),
    );
}

/** The fonts the page asks for, with its preloads taken out of the HTML or left in. */
async function fontsRequested(page: Page, path: string, { preloads }: { preloads: boolean }) {
  if (!preloads) {
    await page.route(
      (url) => url.pathname === new URL(path, 'http://x').pathname,
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(
          /<link rel="preload"[^>]*as="font"[^>]*>/g,
          '',
        );
        await route.fulfill({ response, body });
      },
    );
  }
  const requested = new Set<string>();
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) requested.add(fileOf(request.url()));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  return [...requested];
}

async function onScreen<T>(
  browser: Browser,
  screen: keyof typeof SCREENS,
  run: (page: Page) => Promise<T>,
) {
  const context = await browser.newContext({ viewport: SCREENS[screen] });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

for (const [name, path] of [
  ['library', '/'],
  ['reader', `/read/${SEEDS.nuclear.id}`],
] as const) {
  for (const screen of ['desktop', 'phone'] as const) {
    test(`${name} on a ${screen}: every font preloaded is needed`, async ({ browser }) => {
      const preloaded = (await onScreen(browser, screen, (p) => preloadedFonts(p, path))).map(
        fileOf,
      );
      const needed = await onScreen(browser, screen, (p) =>
        fontsRequested(p, path, { preloads: false }),
      );
      expect(preloaded.length).toBeGreaterThan(0);
      expect(needed).toEqual(expect.arrayContaining(preloaded));
    });
  }

  test(`${name} on a phone downloads no interface font, on a desktop Inter`, async ({
    browser,
  }) => {
    const phone = await onScreen(browser, 'phone', (p) =>
      fontsRequested(p, path, { preloads: true }),
    );
    expect(phone.some((file) => file.startsWith('literata-'))).toBe(true);
    expect(phone.filter((file) => file.startsWith('inter-'))).toEqual([]);
    const desktop = await onScreen(browser, 'desktop', (p) =>
      fontsRequested(p, path, { preloads: true }),
    );
    expect(desktop.some((file) => file.startsWith('inter-'))).toBe(true);
  });
}
