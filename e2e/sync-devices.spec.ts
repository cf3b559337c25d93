import { expect, test, type Browser, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { expectTheme, preferTheme, seriousViolations } from './pages/axe';
import { storedHighlightCount } from './pages/annotations';
import { ReaderPage } from './pages/reader-page';
import { SyncServerProcess } from './sync-server';

/**
 * Two devices of one person (two browser profiles) sync through a real server: join with an
 * invite link, see each other's highlights and notes, merge offline edits, and survive the
 * server being killed and started again.
 */

let server: SyncServerProcess;
test.beforeAll(async () => {
  server = await SyncServerProcess.start();
});
test.afterAll(async () => {
  await server.stop();
});

async function join(browser: Browser, link: string, heading: RegExp): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
  // The one-time code is gone from the address bar (and so from history).
  expect(page.url()).toBe(`${server.url}/sync`);
  return page;
}

async function addDevice(page: Page): Promise<string> {
  if (!page.url().endsWith('/sync')) await page.goto('/sync');
  await page.getByRole('button', { name: 'Add a device' }).click();
  return page.getByRole('textbox', { name: 'Invite link' }).inputValue();
}

test('two devices of one person converge, offline edits merge, a server restart loses nothing', async ({
  browser,
}) => {
  test.slow();
  const laptop = await join(browser, server.invite('Anna'), /Add this device to Anna’s sync/);
  const phone = await join(browser, await addDevice(laptop), /Add this device to Anna’s sync/);
  await expect(laptop.getByRole('list', { name: 'Devices' }).getByRole('listitem')).toHaveCount(2);

  // A highlight with a note on the laptop appears on the phone.
  const onLaptop = new ReaderPage(laptop);
  await onLaptop.goto(SEEDS.response.id);
  const quote = 'NATO-Russland-Rat';
  await onLaptop.text.highlight(quote);
  await onLaptop.sidebar.writeNote(quote, 'Erste Notiz');
  const onPhone = new ReaderPage(phone);
  await onPhone.goto(SEEDS.response.id);
  await expect(onPhone.text.marks).toHaveCount(1);
  const note = async (reader: ReaderPage) =>
    reader.sidebar.noteBox(await reader.sidebar.open(quote));
  await expect(await note(onPhone)).toHaveValue('Erste Notiz');

  // Both offline, both edit the same note; back online, both keep both texts.
  await laptop.context().setOffline(true);
  await phone.context().setOffline(true);
  await onLaptop.sidebar.writeNote(quote, 'Erste Notiz. Vom Laptop.');
  await onPhone.sidebar.writeNote(quote, 'Vom Telefon: Erste Notiz');
  await laptop.context().setOffline(false);
  await phone.context().setOffline(false);
  for (const reader of [onLaptop, onPhone]) {
    await expect(await note(reader)).toHaveValue('Vom Telefon: Erste Notiz. Vom Laptop.', {
      timeout: 15_000,
    });
  }

  // The server is killed mid-session and started again: nothing is lost, sync goes on.
  await server.kill();
  await onLaptop.sidebar.writeNote(
    quote,
    'Vom Telefon: Erste Notiz. Vom Laptop. Nach dem Absturz.',
  );
  await server.run();
  const afterCrash = 'Vom Telefon: Erste Notiz. Vom Laptop. Nach dem Absturz.';
  await expect(await note(onPhone)).toHaveValue(afterCrash, { timeout: 20_000 });
  const fresh = await join(browser, await addDevice(laptop), /Add this device to Anna’s sync/);
  const onTablet = new ReaderPage(fresh);
  await onTablet.goto(SEEDS.response.id);
  await expect(await note(onTablet)).toHaveValue(afterCrash);

  // Turning sync off on the tablet keeps what it holds, and stays off after a reload.
  await fresh.goto('/sync');
  await fresh.getByRole('button', { name: 'Turn off sync on this device…' }).click();
  await fresh.getByRole('button', { name: 'Turn off sync here' }).click();
  await expect(fresh.getByRole('heading', { name: 'Sync is off' })).toBeVisible();
  await fresh.reload();
  await expect(fresh.getByRole('heading', { name: 'Sync is off' })).toBeVisible();
  expect(await storedHighlightCount(fresh)).toBe(1);
  // The laptop's device list no longer has it.
  await laptop.goto('/sync');
  await expect(laptop.getByRole('list', { name: 'Devices' }).getByRole('listitem')).toHaveCount(2);
});

test('an invite link cannot be used twice, and says so', async ({ browser }) => {
  const link = server.invite('Ben');
  await join(browser, link, /Add this device to Ben’s sync/);
  const page = await (await browser.newContext({ baseURL: server.url })).newPage();
  await page.goto(link);
  await expect(page.getByRole('alert')).toContainText('used already');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Sync page, joining and joined, in ${theme} has no serious accessibility violations`, async ({
    browser,
  }) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await preferTheme(page, theme);
    await page.goto(server.invite(`Axe ${theme}`, { group: `Axe ${theme}` }));
    await expectTheme(page, theme);
    await expect(page.getByRole('button', { name: 'Join' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
    await page.getByRole('button', { name: 'Add a device' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
