import { expect, type Locator, type Page } from '@playwright/test';
import { AnnotationsPanel, HighlightedText, storedHighlightCount } from './annotations';

export class ReaderPage {
  readonly article: Locator;
  readonly title: Locator;
  /** Highlights drawn in the article text. */
  readonly text: HighlightedText;
  /** The desktop sidebar (≥ 1024 px). */
  readonly sidebar: AnnotationsPanel;

  constructor(readonly page: Page) {
    // The article itself, not the highlight cards (also `<article>`s) in the sidebar.
    this.article = page.locator('main article[lang]');
    this.title = page.getByRole('heading', { level: 1 });
    this.text = new HighlightedText(page, this.article);
    this.sidebar = new AnnotationsPanel(
      page.getByRole('complementary', { name: 'Notes and highlights' }),
    );
  }

  async goto(id: string) {
    await this.page.goto(`/read/${encodeURIComponent(id)}`);
    await this.appTookOver();
  }

  async reload() {
    await this.page.reload();
    await this.appTookOver();
  }

  /** A shipped article's page is prerendered; the app replaces it once it has the article. */
  async appTookOver() {
    await expect(this.article).toBeVisible();
    await expect(this.page.locator('[data-prerendered]')).toHaveCount(0);
  }

  /** Opens `id` and checks that the database starts empty (each test has a fresh context). */
  async gotoClean(id: string) {
    await this.goto(id);
    await expect(this.sidebar.empty).toBeVisible();
    await expect(this.text.marks).toHaveCount(0);
    expect(await storedHighlightCount(this.page)).toBe(0);
  }

  async openDisplaySettings() {
    await this.page.getByRole('button', { name: 'Display settings' }).click();
    return this.page.getByRole('dialog', { name: 'Display settings' });
  }

  async fontSize(): Promise<string> {
    return this.article.evaluate((el) => getComputedStyle(el).fontSize);
  }
}
