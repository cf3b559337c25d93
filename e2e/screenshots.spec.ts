import { expect, test } from '@playwright/test';
import { SEEDS } from './fixtures';
import { expectTheme, preferTheme } from './pages/axe';
import { ReaderPage } from './pages/reader-page';
import { SyncServerProcess } from './sync-server';

// `npm run screenshots` refreshes docs/screenshots/ (1280×800 and 390×844, light and dark).
// Skipped in `npm test`: pictures are for people to look at, not assertions.
test.skip(!process.env.SCREENSHOTS, 'run with SCREENSHOTS=1 (npm run screenshots)');

/** Each view, and the heading a person sees once it has drawn. */
const views = [
  { name: 'library', url: '/', ready: 'Library' },
  { name: 'reader', url: `/read/${SEEDS.nato2024.id}`, ready: SEEDS.nato2024.title },
  {
    name: 'compare',
    url: `/compare/${SEEDS.nuclear.id}/${SEEDS.response.id}`,
    // The left pane: on a phone it is the one shown.
    ready: SEEDS.nuclear.title,
  },
];
const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const theme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    for (const view of views) {
      test(`${view.name} ${size.name} ${theme}`, async ({ page }) => {
        await page.setViewportSize(size);
        await preferTheme(page, theme);
        await page.goto(view.url);
        await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
        await expect(page.locator('[data-prerendered]')).toHaveCount(0);
        await expect(page.getByRole('status').filter({ hasText: /…$/ })).toHaveCount(0);
        await expectTheme(page, theme);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: `docs/screenshots/${view.name}-${size.name}-${theme}.png`,
        });
      });
    }
  }
}

// The same views and Settings in the German interface (the browser asks for German).
test.describe('Deutsch', () => {
  test.use({ locale: 'de-DE' });
  const german = [
    { name: 'library', url: '/', ready: 'Bibliothek' },
    ...views.slice(1),
    { name: 'settings', url: '/settings', ready: 'Einstellungen' },
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const size of sizes) {
      for (const view of german) {
        test(`${view.name} ${size.name} ${theme} de`, async ({ page }) => {
          await page.setViewportSize(size);
          await preferTheme(page, theme);
          await page.goto(view.url);
          await expect(page.getByRole('heading', { name: view.ready }).first()).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', 'de');
          await expect(page.locator('[data-prerendered]')).toHaveCount(0);
          await expectTheme(page, theme);
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({
            path: `docs/screenshots/de/${view.name}-${size.name}-${theme}.png`,
          });
        });
      }
    }
  }
});

// The Sync page joined, with a study group, and a reader showing a member's highlight.
test.describe('sync', () => {
  let server: SyncServerProcess;
  test.beforeAll(async () => {
    if (process.env.SCREENSHOTS) server = await SyncServerProcess.start();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  // One server for the four pictures: each has its own people (names are unique per server).
  const people = [
    ['Tina Berger', 'Jan'],
    ['Lea Wolf', 'Ole'],
    ['Mia Roth', 'Ben'],
    ['Eva Schulz', 'Kai'],
  ];
  for (const [t, theme] of (['light', 'dark'] as const).entries()) {
    for (const [s, size] of sizes.entries()) {
      const [tutorName = '', memberName = ''] = people[t * 2 + s] ?? [];
      test(`sync ${size.name} ${theme}`, async ({ browser }) => {
        test.slow();
        const open = async (link: string) => {
          const context = await browser.newContext({ baseURL: server.url, viewport: size });
          const page = await context.newPage();
          await preferTheme(page, theme);
          await page.goto(link);
          await page.getByRole('button', { name: 'Join' }).click();
          await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
          return page;
        };
        const group = `Seminar Osteuropa ${t * 2 + s + 1}`;
        const tutor = await open(server.invite(tutorName, { group }));
        const card = tutor.getByRole('article', { name: `Group ${group}` });
        await card.getByRole('textbox', { name: 'Invite (name)' }).fill(memberName);
        await card.getByRole('button', { name: 'Make invite link' }).click();
        const jan = await open(
          await card.getByRole('textbox', { name: 'Invite link' }).inputValue(),
        );
        await tutor.reload();
        await expect(tutor.getByRole('article', { name: `Group ${group}` })).toContainText(
          memberName,
        );
        await expect(tutor.getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
        await expectTheme(tutor, theme);
        await tutor.evaluate(() => document.fonts.ready);
        await tutor.screenshot({ path: `docs/screenshots/sync-${size.name}-${theme}.png` });
        if (size.name !== 'desktop') return;
        const janReader = new ReaderPage(jan);
        await janReader.goto(SEEDS.response.id);
        await janReader.text.highlight('NATO-Russland-Rat');
        await janReader.sidebar.writeNote(
          'NATO-Russland-Rat',
          'Seit 2002 – wer sitzt **heute** darin?',
        );
        const reader = new ReaderPage(tutor);
        await reader.goto(SEEDS.response.id);
        const mark = tutor.locator('mark.swatch-member');
        await expect(mark).toHaveCount(1, { timeout: 15_000 });
        await mark.click();
        await tutor.evaluate(() => document.fonts.ready);
        await tutor.screenshot({ path: `docs/screenshots/group-reader-desktop-${theme}.png` });
      });
    }
  }
});

// Side by side with its comparison: two reports of Stoltenberg's warnings, the first pair
// walked to (n), its passages tinted in both panes.
for (const theme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`compare aligned ${size.name} ${theme}`, async ({ page }) => {
      await page.setViewportSize(size);
      await preferTheme(page, theme);
      await page.goto(`/compare/${SEEDS.nuclear.id}/${SEEDS.stoltenberg.id}`);
      await expect(page.getByTestId('alignment-bar')).toContainText(/aligned passages/);
      await expectTheme(page, theme);
      await page.evaluate(() => document.fonts.ready);
      await page.getByTestId('pane-left-scroll').click({ position: { x: 4, y: 4 } });
      await page.keyboard.press('n');
      await expect(page.getByTestId('alignment-bar')).toContainText('Aligned passage 1 of');
      await page.waitForTimeout(800); // the panes' smooth scroll
      await page.screenshot({ path: `docs/screenshots/compare-aligned-${size.name}-${theme}.png` });
    });
  }
}

// The Quotes view: the speaker × article table and the first quotations.
for (const theme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`quotes ${size.name} ${theme}`, async ({ page }) => {
      await page.setViewportSize(size);
      await preferTheme(page, theme);
      await page.goto('/quotes');
      await expect(page.getByRole('heading', { name: 'Who is quoted where' })).toBeVisible();
      await expectTheme(page, theme);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `docs/screenshots/quotes-${size.name}-${theme}.png` });
    });
  }
}
