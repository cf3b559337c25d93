import { expect, type Locator, type Page } from '@playwright/test';

/** The tag manager at `/tags`. */
export class TagsManagerPage {
  readonly list: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Tags' });
    this.status = page.getByRole('status').filter({ has: page.getByRole('button') });
  }

  async goto() {
    await this.page.goto('/tags');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  }

  /** The list item of the tag called `name`. */
  row(name: string): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  async create(name: string) {
    await this.page.getByLabel('New tag').fill(name);
    await this.page.getByRole('button', { name: 'Create tag' }).click();
    await expect(this.row(name)).toBeVisible();
  }

  async rename(from: string, to: string) {
    await this.page.getByRole('button', { name: `Rename “${from}”` }).click();
    const field = this.page.getByLabel(`New name for “${from}”`);
    await field.fill(to);
    await field.press('Enter');
  }

  async recolour(name: string, colour: string) {
    await this.page.getByRole('button', { name: new RegExp(`^Colour of “${name}”`) }).click();
    const dialog = this.page.getByRole('dialog', { name: `Colour of “${name}”` });
    // The radio itself is visually hidden; a person clicks its swatch.
    await dialog.getByTitle(colour, { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: colour })).toBeChecked();
    await this.page.keyboard.press('Escape');
  }

  async delete(name: string) {
    await this.page.getByRole('button', { name: `Delete “${name}”` }).click();
    const confirm = this.page.getByRole('group', { name: new RegExp(`^Delete “${name}”\\?`) });
    await expect(confirm).toBeVisible();
    return confirm;
  }
}
