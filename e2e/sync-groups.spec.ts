import { expect, test, type Browser, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ComparePage, LinkedPassages } from './pages/compare-page';
import { ReaderPage } from './pages/reader-page';
import { SyncServerProcess } from './sync-server';

/**
 * A seminar: the tutor invites a writer and a reader; members see each other's highlights and
 * notes with names, filter by member, cannot edit another's note; a reader's share stays
 * private even after a demotion the device has not heard of; a removed member loses the
 * group; a member of another group sees nothing of it.
 */

let server: SyncServerProcess;
test.beforeAll(async () => {
  server = await SyncServerProcess.start();
});
test.afterAll(async () => {
  await server.stop();
});

async function open(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

async function join(browser: Browser, link: string, heading: RegExp): Promise<Page> {
  const page = await open(browser, link);
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-state', 'synced');
  return page;
}

async function inviteMember(tutor: Page, name: string, role: 'writer' | 'reader'): Promise<string> {
  const group = tutor.getByRole('article', { name: 'Group Seminar' });
  await group.getByRole('textbox', { name: 'Invite (name)' }).fill(name);
  await group.getByRole('combobox', { name: 'as' }).selectOption(role);
  await group.getByRole('button', { name: 'Make invite link' }).click();
  return group.getByRole('textbox', { name: 'Invite link' }).inputValue();
}

const ARTICLE = SEEDS.response.id;
const QUOTE = 'NATO-Russland-Rat';

test('a seminar annotates together, and the server holds the rules', async ({ browser }) => {
  test.slow();
  const tutor = await join(
    browser,
    server.invite('Tutor', { group: 'Seminar' }),
    /Add this device/,
  );
  await expect(tutor.getByRole('article', { name: 'Group Seminar' })).toContainText('you: owner');
  const wera = await join(
    browser,
    await inviteMember(tutor, 'Wera', 'writer'),
    /Join the study group “Seminar” as a writer/,
  );
  const rolf = await join(
    browser,
    await inviteMember(tutor, 'Rolf', 'reader'),
    /Join the study group “Seminar” as a reader/,
  );
  await expect(tutor.getByRole('article', { name: 'Group Seminar' })).toContainText('Rolf');

  // Wera highlights and writes a note: the tutor and the reader see it with her name.
  const weraReader = new ReaderPage(wera);
  await weraReader.goto(ARTICLE);
  await weraReader.text.highlight(QUOTE);
  await weraReader.sidebar.writeNote(QUOTE, 'Wer sitzt im **Rat**?');
  for (const page of [tutor, rolf]) {
    const reader = new ReaderPage(page);
    await reader.goto(ARTICLE);
    const card = reader.sidebar.root.getByRole('article', { name: `Highlight by Wera: ${QUOTE}` });
    await expect(card).toContainText('Wer sitzt im Rat?', { timeout: 15_000 });
    // Nobody but Wera can edit it: no note field, and the card says so.
    await expect(card.getByRole('textbox')).toHaveCount(0);
    await expect(card).toContainText('Only Wera can edit this.');
    await expect(reader.article.locator('mark.swatch-member')).toHaveCount(1);
  }

  // The tutor filters by member.
  const tutorReader = new ReaderPage(tutor);
  await tutorReader.text.highlight('Moskau');
  const whose = tutorReader.sidebar.root.getByRole('combobox', { name: 'Whose' });
  await whose.selectOption({ label: 'Mine' });
  await expect(
    tutorReader.sidebar.root.getByRole('article', { name: /Highlight by Wera/ }),
  ).toHaveCount(0);
  await expect(tutorReader.sidebar.cards).toHaveCount(1);
  await whose.selectOption({ label: 'Wera’s' });
  await expect(
    tutorReader.sidebar.root.getByRole('article', { name: /Highlight by Wera/ }),
  ).toHaveCount(1);
  await expect(tutorReader.sidebar.cards).toHaveCount(0);

  // The reader's own highlight stays private.
  const rolfReader = new ReaderPage(rolf);
  await rolfReader.text.highlight('Moskau');
  await wera.reload();
  await weraReader.appTookOver();
  await expect(
    weraReader.sidebar.root.getByRole('article', { name: /Highlight by Tutor/ }),
  ).toHaveCount(1, {
    timeout: 15_000,
  });
  await expect(
    weraReader.sidebar.root.getByRole('article', { name: /Highlight by Rolf/ }),
  ).toHaveCount(0);

  // Wera is made a reader by the admin while her device is offline; she highlights offline.
  // Back online, the server opens her share read-only: the page says so, and nobody sees it.
  await wera.context().setOffline(true);
  server.invite('Wera', { group: 'Seminar', role: 'reader' });
  await weraReader.text.highlight('Moskau');
  await wera.context().setOffline(false);
  // In the app, not a reload: the notice belongs to this visit (a reload that already knows she
  // reads only has nothing new to say).
  await wera.getByRole('banner').getByRole('link', { name: /^Sync/ }).click();
  await expect(wera.getByRole('alert')).toContainText('You can only read in “Seminar”', {
    timeout: 20_000,
  });
  await tutor.reload();
  await tutorReader.appTookOver();
  await expect(
    tutorReader.sidebar.root.getByRole('article', { name: /Highlight by Wera/ }),
  ).toHaveCount(1);

  // The notebook shows the group's highlights too, by whose they are.
  await tutor.goto('/notebook?who=everyone');
  await expect(tutor.getByRole('article', { name: `Highlight by Wera: ${QUOTE}` })).toBeVisible();
  await tutor.getByRole('combobox', { name: 'Whose' }).selectOption({ label: 'Mine' });
  await expect(tutor.getByRole('article', { name: /Highlight by Wera/ })).toHaveCount(0);
  await expect(tutor.getByRole('article', { name: 'Highlight: Moskau' })).toBeVisible();

  // A member of another group sees nothing of this one.
  const olga = await join(
    browser,
    server.invite('Olga', { group: 'Other seminar' }),
    /Add this device/,
  );
  const olgaReader = new ReaderPage(olga);
  await olgaReader.goto(ARTICLE);
  await expect(olgaReader.article.locator('mark')).toHaveCount(0);

  // The tutor removes Rolf: his device is told, and the group's highlights leave it.
  await tutor.goto('/sync');
  await tutor.getByRole('button', { name: 'Remove Rolf' }).click();
  await rolf.goto('/sync');
  await expect(rolf.getByRole('alert')).toContainText('no longer a member of “Seminar”', {
    timeout: 20_000,
  });
  await rolfReader.goto(ARTICLE);
  await expect(rolfReader.article.locator('mark.swatch-member')).toHaveCount(0);
});

test('a member links their passage to another member’s, and both see the link', async ({
  browser,
}) => {
  const tutor = await join(
    browser,
    server.invite('Tina', { group: 'Lesekreis' }),
    /Add this device/,
  );
  const group = tutor.getByRole('article', { name: 'Group Lesekreis' });
  await group.getByRole('textbox', { name: 'Invite (name)' }).fill('Jan');
  await group.getByRole('button', { name: 'Make invite link' }).click();
  const jan = await join(
    browser,
    await group.getByRole('textbox', { name: 'Invite link' }).inputValue(),
    /Join the study group “Lesekreis”/,
  );

  // Jan highlights a passage in the right-hand article.
  const janReader = new ReaderPage(jan);
  await janReader.goto(SEEDS.stoltenberg.id);
  await janReader.text.highlight(SEEDS.stoltenberg.sentence);

  // Tina, side by side, links her passage on the left to Jan's on the right.
  const compare = new ComparePage(tutor);
  await compare.goto(ARTICLE, SEEDS.stoltenberg.id);
  await expect(compare.right.region.locator('mark.swatch-member')).toHaveCount(1, {
    timeout: 15_000,
  });
  await compare.left.text.highlight(QUOTE);
  const card = await (await compare.left.openPanel()).open(QUOTE);
  const links = new LinkedPassages(card);
  await links.partner.selectOption({ label: `Jan: ${SEEDS.stoltenberg.sentence}` });
  await links.relation.selectOption({ label: 'Contradicts' });
  await links.linkButton.click();
  await expect(links.items).toContainText(`Jan: ${SEEDS.stoltenberg.sentence}`);

  // Jan sees Tina's link on his own highlight, as hers (he cannot unlink it).
  await jan.reload();
  await janReader.appTookOver();
  const janCard = await janReader.sidebar.open(SEEDS.stoltenberg.sentence);
  const janLinks = new LinkedPassages(janCard);
  await expect(janLinks.items).toContainText('Tina’s link', { timeout: 15_000 });
  await expect(janLinks.items).toContainText(`Tina: ${QUOTE}`);
  await expect(janLinks.root.getByRole('button', { name: 'Unlink' })).toHaveCount(0);
});
