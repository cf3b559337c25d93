import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly list: Locator;
  readonly cards: Locator;
  readonly sort: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Articles' });
    this.cards = this.list.getByRole('listitem');
    this.sort = page.getByLabel('Sort');
  }

  async goto(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  }

  titles() {
    return this.list.getByRole('heading', { level: 2 }).allInnerTexts();
  }

  async open(title: string) {
    await this.list.getByRole('link', { name: title }).click();
  }

  /** Opens `title` side by side with `other` from the card's picker. */
  async compare(title: string, other: string) {
    await this.page.getByRole('button', { name: `Read “${title}” side by side with…` }).click();
    await this.page
      .getByRole('dialog', { name: 'Open next to this article' })
      .getByRole('button', { name: other })
      .click();
  }

  /** The "Side by side" button of the card titled `title`. */
  sideBySide(title: string) {
    return this.page.getByRole('button', { name: `Read “${title}” side by side with…` });
  }

  /** The list position (`aria-posinset`) of the card that holds focus, or -1 outside the list. */
  focusedPosition() {
    return this.page.evaluate(() => {
      const item = document.activeElement?.closest('ul[aria-label="Articles"] > li');
      if (!item) return -1;
      const pos = item.getAttribute('aria-posinset');
      return pos ? Number(pos) : [...(item.parentElement?.children ?? [])].indexOf(item) + 1;
    });
  }

  /**
   * Asserts that `panel` is drawn on top where it is, not hidden under a neighbouring card or
   * clipped by its own: the topmost element at points near its corners belongs to it.
   */
  async expectOnTop(panel: Locator) {
    await panel.scrollIntoViewIfNeeded();
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    const points = [
      [box.x + 12, box.y + 12],
      [box.x + box.width - 12, box.y + box.height / 2],
      [box.x + 12, box.y + box.height - 12],
      [box.x + box.width - 12, box.y + box.height - 12],
    ];
    const onTop = await panel.evaluate(
      (el, pts) => pts.map(([x, y]) => el.contains(document.elementFromPoint(x ?? 0, y ?? 0))),
      points,
    );
    expect(onTop).toEqual(points.map(() => true));
  }
}
