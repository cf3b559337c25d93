import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './fixtures';
import { ComparePage, type Side } from './pages/compare-page';

// Two reports of Stoltenberg's warnings: Reuters/Infobae (002) and RT DE (004).
const LEFT = SEEDS.nuclear.id;
const RIGHT = SEEDS.stoltenberg.id;

const bar = (page: Page) => page.getByTestId('alignment-bar');
const markers = (page: Page, side: Side) =>
  page.getByTestId(`alignment-gutter-${side}`).locator('button[data-aligned]');

async function alignedCount(page: Page): Promise<number> {
  await expect(bar(page)).toContainText(/\d+ aligned passages?/);
  const text = (await bar(page).getByRole('status').innerText()).match(/(\d+) aligned/);
  return Number(text?.[1]);
}

/** How many ranges a CSS highlight paints, and whether each is inside its pane's visible part. */
function tinted(page: Page, name: string) {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return { size: 0, inView: [] as boolean[] };
    const inView = [...highlight].map((range) => {
      const r = (range as Range).getBoundingClientRect();
      const node = (range as Range).startContainer.parentElement;
      const scroller = node?.closest<HTMLElement>('[data-testid$="-scroll"]');
      const box = scroller?.getBoundingClientRect();
      return !!box && r.height > 0 && r.top >= box.top - 1 && r.top <= box.bottom;
    });
    return { size: highlight.size, inView };
  }, name);
}

test('side by side shows corresponding passages, walks them, links one, dismisses one, and lists what only one article has', async ({
  page,
}) => {
  // One journey through every part of the comparison (run once, not per variant).
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const compare = new ComparePage(page);
  await compare.goto(LEFT, RIGHT);
  const count = await alignedCount(page);
  expect(count).toBeGreaterThan(1);
  // Computed in a Web Worker, off the main thread.
  expect(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('analysis.worker')),
    ),
  ).toBe(true);
  await expect(markers(page, 'left').first()).toBeVisible();
  await expect(markers(page, 'right').first()).toBeVisible();

  // "Next aligned passage" (n) scrolls both panes to the pair and tints both passages.
  await compare.left.scroller.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await expect(bar(page)).toContainText(`Aligned passage 1 of ${count}`);
  await page.keyboard.press('n');
  await expect(bar(page)).toContainText(`Aligned passage 2 of ${count}`);
  await expect
    .poll(async () => (await tinted(page, 'sn-aligned-active')).inView)
    .toEqual([true, true]);
  await page.keyboard.press('p');
  await expect(bar(page)).toContainText(`Aligned passage 1 of ${count}`);

  // A marker shows the partner passage; "Link" makes both highlights and the link in one step.
  await markers(page, 'right').first().click();
  const card = page.getByRole('dialog', { name: 'Corresponding passages' });
  await expect(card).toBeVisible();
  const partner = (await card.locator('blockquote').first().innerText()).replace(/…$/, '');
  await expect(compare.left.region).toContainText(partner.slice(0, 40));
  await card.getByLabel('Relation').first().selectOption({ label: 'Supports' });
  await card.getByLabel('Why (optional)').first().fill('Beide berichten von der Pressekonferenz');
  await card.getByRole('button', { name: 'Link', exact: true }).first().click();
  await expect(page.getByText('Passages linked: Supports')).toBeVisible();
  await expect(compare.left.panelButton).toHaveAccessibleName(/\(1\)/);
  await expect(compare.right.panelButton).toHaveAccessibleName(/\(1\)/);

  // Kept: after a reload the pair says it is linked, and each pane has its highlight.
  await page.reload();
  await alignedCount(page);
  await markers(page, 'right').first().click();
  const first = card.locator('section').first();
  await expect(first.getByText('linked')).toBeVisible();
  await expect(first.getByRole('button', { name: 'Link', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(compare.left.panelButton).toHaveAccessibleName(/\(1\)/);
  await expect(compare.right.panelButton).toHaveAccessibleName(/\(1\)/);

  // The comparison sheet sets both outlets side by side: the link, the rest found, the omissions.
  const download = page.waitForEvent('download');
  await bar(page).getByRole('button', { name: 'Comparison sheet' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^sidenote-compare-infobae-rt-de-\d{4}-\d{2}-\d{2}\.md$/,
  );
  const sheet = readFileSync((await file.path()) ?? '', 'utf8');
  expect(sheet).toContain('| Relation | Infobae | RT DE | Why |');
  expect(sheet).toMatch(/\| \*\*Supports\*\* \|.*\| Beide berichten von der Pressekonferenz \|\n/);
  expect(sheet).toContain(`## Found by Sidenote, not linked yet (${count - 1})`);
  // "Only in" says what it is: no close wording found on the other side, not an omission proven.
  expect(sheet).toMatch(
    /## Only in Infobae \(\d+\)\n\nSidenote found no close wording for these in RT DE; it may tell them in other words\.\n\n- /,
  );

  // Dismissing a suggestion takes it away, for good, until brought back.
  await markers(page, 'left').last().click();
  await card.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(bar(page)).toContainText(`${count - 1} aligned passage`);
  await page.reload();
  await expect(bar(page)).toContainText(`${count - 1} aligned passage`);
  await bar(page).getByRole('button', { name: 'Bring back 1 dismissed' }).click();
  await expect(bar(page)).toContainText(`${count} aligned passages`);

  // "Only here": what the left article reports and the right one does not, each opening its place.
  const onlyHere = page.getByTestId('only-here-left');
  const lone = Number((await onlyHere.innerText()).match(/\d+/)?.[0]);
  expect(lone).toBeGreaterThan(0);
  await onlyHere.click();
  const list = page.getByRole('dialog', { name: 'Passages only the left article has' });
  await expect(list.getByRole('listitem')).toHaveCount(lone);
  await list.getByRole('button').last().click();
  await expect.poll(async () => (await tinted(page, 'sn-aligned-active')).inView).toEqual([true]);
});

test('on a phone, a marker shows its partner by switching to the other article', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const compare = new ComparePage(page);
  await compare.goto(LEFT, RIGHT);
  await alignedCount(page);
  await markers(page, 'left').first().click();
  const card = page.getByRole('dialog', { name: 'Corresponding passages' });
  await card.getByRole('button', { name: 'Show on the right' }).first().click();
  await expect(compare.switcher.getByRole('tab', { selected: true })).toContainText('2 ·');
  await expect(compare.right.scroller).toBeVisible();
  await expect.poll(async () => (await tinted(page, 'sn-aligned-active')).inView).toContain(true);

  // "Only here" opens inside the screen, its first words readable.
  await page.getByTestId('only-here-right').click();
  const list = page.getByRole('dialog', { name: 'Passages only the right article has' });
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
});

test('a marker at the bottom of a pane opens its card with its own pair tinted, not the one the text moved under the pointer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const compare = new ComparePage(page);
  await compare.goto(LEFT, RIGHT);
  await alignedCount(page);
  const scroller = page.getByTestId('pane-left-scroll');
  const pane = await scroller.boundingBox();
  // The lowest marker that starts in view: its card cannot open below it without moving the text.
  const tops = await markers(page, 'left').evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().top),
  );
  const index = tops.findLastIndex((top) => pane && top < pane.y + pane.height - 40);
  expect(index).toBeGreaterThanOrEqual(0);
  const marker = markers(page, 'left').nth(index);
  const box = await marker.boundingBox();
  const y = Math.min((box?.y ?? 0) + 20, (pane?.y ?? 0) + (pane?.height ?? 0) - 10);
  await page.mouse.move((box?.x ?? 0) + 8, y);
  await page.mouse.down();
  await page.mouse.up();
  const card = page.getByRole('dialog', { name: 'Corresponding passages' });
  await expect(card).toBeVisible();
  // The whole card is in view, and the passages tinted are the ones it is about.
  const cardBox = await card.boundingBox();
  expect((cardBox?.y ?? 0) + (cardBox?.height ?? 0)).toBeLessThanOrEqual(
    (pane?.y ?? 0) + (pane?.height ?? 0) + 1,
  );
  const partner = (await card.locator('blockquote').first().innerText()).replace(/…$/, '');
  const paragraph = await marker.evaluate((el) => el.getAttribute('data-aligned'));
  expect(paragraph).toBeTruthy();
  await page.waitForTimeout(300);
  const painted = await page.evaluate(() =>
    [...CSS.highlights.keys()].flatMap((name) =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()),
    ),
  );
  expect(painted.some((text) => text.startsWith(partner.slice(0, 40)))).toBe(true);
  expect(painted).toHaveLength(2);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});
