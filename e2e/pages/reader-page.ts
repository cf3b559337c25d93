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

  /**
   * Waits until the place the reader is at in article `id` is stored (the reader saves it
   * shortly after scrolling stops), so that leaving now keeps it.
   */
  async expectPlaceSaved(id: string, where: 'top' | 'further down') {
    const saved = async () => {
      const offset = await storedReadingOffset(this.page, id);
      return where === 'top' ? offset === 0 : (offset ?? 0) > 0;
    };
    await expect.poll(saved, { message: `the place in ${id} is saved` }).toBe(true);
  }

  async openDisplaySettings() {
    await this.page.getByRole('button', { name: 'Display settings' }).click();
    return this.page.getByRole('dialog', { name: 'Display settings' });
  }

  async fontSize(): Promise<string> {
    return this.article.evaluate((el) => getComputedStyle(el).fontSize);
  }
}

/** The reading offset IndexedDB holds for an article (undefined when it has none). */
async function storedReadingOffset(page: Page, id: string): Promise<number | undefined> {
  return page.evaluate(async (articleId) => {
    // Opening a database that does not exist would create an empty one (a first visit has none
    // until the first save), which the app would then take for an old one.
    if (!(await indexedDB.databases()).some((d) => d.name === 'sidenote')) return undefined;
    return new Promise<number | undefined>((resolve, reject) => {
      const open = indexedDB.open('sidenote');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const get = db.transaction('articleStates').objectStore('articleStates').get(articleId);
        get.onsuccess = () => {
          resolve((get.result as { readingOffset?: number } | undefined)?.readingOffset);
          db.close();
        };
        get.onerror = () => reject(get.error);
      };
    });
  }, id);
}
