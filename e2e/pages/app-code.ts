import type { Page } from '@playwright/test';

/** The app's entry script, as the build names it. */
const ENTRY = /\/assets\/index-[^/]*\.js$/;

/** Holds the app's code back until the returned function is called (a prerendered page alone). */
export async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENTRY, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Keeps the app's code from running: the page has only what boot.js does from <head>. */
export const withoutApp = (page: Page) => page.route(ENTRY, (route) => route.abort());
