import { expect, type Locator, type Page } from '@playwright/test';

export class ReaderPage {
  readonly article: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.article = page.locator('main article');
    this.title = page.getByRole('heading', { level: 1 });
  }

  async goto(id: string) {
    await this.page.goto(`/read/${encodeURIComponent(id)}`);
    await expect(this.article).toBeVisible();
  }

  async openDisplaySettings() {
    await this.page.getByRole('button', { name: 'Display settings' }).click();
    return this.page.getByRole('dialog', { name: 'Display settings' });
  }

  async fontSize(): Promise<string> {
    return this.article.evaluate((el) => getComputedStyle(el).fontSize);
  }
}
