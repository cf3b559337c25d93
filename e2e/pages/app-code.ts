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

/** The storage engine's chunk (src/db/database.ts, with Dexie), loaded on first use. */
const ENGINE = /\/assets\/database-[^/]*\.js$/;

/** Holds the storage engine's download until the returned function is called. */
export async function holdStorageEngine(page: Page): Promise<() => Promise<void>> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENGINE, async (route) => {
    await held;
    // The page that asked for it may be gone by now.
    await route.continue().catch(() => undefined);
  });
  return async () => {
    release();
    await page.unroute(ENGINE);
  };
}
