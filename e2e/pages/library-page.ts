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
}
