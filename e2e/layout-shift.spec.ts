import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';

// Nothing on the page may move once it is painted (Lighthouse's CLS, bench row 12): a view's
// loading state holds the place its content takes. On a phone-sized screen with the CPU slowed
// four times, as Lighthouse's mobile preset does, so the loading states are on screen.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const VIEWS = {
  library: ['/', 'main h1'],
  'side by side': [
    `/compare/${SEEDS.nuclear.id}/${SEEDS.response.id}`,
    'main article [data-start]',
  ],
  notebook: ['/notebook', 'main h1'],
  search: ['/search?q=Stoltenberg', 'main li a'],
} as const;

async function layoutShifts(page: Page, path: string, ready: string) {
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as LayoutShiftEntry[]) {
        const nodes = entry.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          return `${el?.tagName.toLowerCase()}.${el?.className}`.slice(0, 80);
        });
        shifts.push({ value: entry.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(path);
  await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
  // A page prerendered at build time (side by side of two shipped articles) is replaced by the
  // app: that must not move anything either.
  await expect(page.locator('[data-prerendered]')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(1_000);
  return page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts);
}

interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  sources: { node: Node | null }[];
}

for (const [name, [path, ready]] of Object.entries(VIEWS)) {
  test(`${name}: nothing moves while it loads`, async ({ page }) => {
    expect(await layoutShifts(page, path, ready)).toEqual([]);
  });
}
