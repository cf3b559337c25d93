import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The notebook at `/notebook`: every highlight, grouped and filtered, or the tag × article table. */
export class NotebookPage {
  readonly heading: Locator;
  /** The virtualised list of highlights (list view). */
  readonly list: Locator;
  readonly entries: Locator;
  readonly groupHeadings: Locator;
  /** "3 highlights" or "1 of 3 highlights". */
  readonly count: Locator;
  readonly groupBy: Locator;
  readonly articleFilter: Locator;
  readonly tagFilter: Locator;
  readonly colourFilter: Locator;
  readonly listTab: Locator;
  readonly matrixTab: Locator;
  readonly matrix: Locator;
  /** "Review all", or "Review these" with an article or tag filter. */
  readonly reviewLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Notebook' });
    this.list = page.getByRole('region', { name: 'Highlights', exact: true });
    this.entries = this.list.getByRole('article');
    this.groupHeadings = this.list.getByRole('heading', { level: 2 });
    this.count = page.getByText(/^\d+ (of \d+ )?highlights$/);
    this.groupBy = page.getByRole('group', { name: 'Group by' });
    this.articleFilter = page.getByRole('combobox', { name: 'Filter by article' });
    this.tagFilter = page.getByRole('combobox', { name: 'Filter by tag' });
    this.colourFilter = page.getByRole('combobox', { name: 'Filter by colour' });
    this.listTab = page.getByRole('tab', { name: 'Highlights' });
    this.matrixTab = page.getByRole('tab', { name: 'Tags × articles' });
    this.matrix = page.getByRole('table', { name: 'Highlights per tag and article' });
    this.reviewLink = page.getByRole('link', { name: /^Review (these|all)$/ });
  }

  async goto(query = '') {
    await this.page.goto(`/notebook${query}`);
    await expect(this.heading).toBeVisible();
  }

  /** The "Group by" choice labelled `label`. */
  grouping(label: 'Article' | 'Tag' | 'Colour'): Locator {
    return this.groupBy.getByRole('radio', { name: label, exact: true });
  }

  /** Clicks the visible label of a "Group by" choice (the radio itself is visually hidden). */
  async groupByLabel(label: 'Article' | 'Tag' | 'Colour') {
    await this.groupBy
      .locator('label')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .click();
    await expect(this.grouping(label)).toBeChecked();
  }

  /** Waits until the list shows exactly these groups (label and count), in this order. */
  async expectGroups(groups: Array<[label: string, count: number]>): Promise<void> {
    await expect(this.groupHeadings).toHaveText(
      groups.map(([label, n]) => new RegExp(`^${escapeRegExp(label)}\\s*${n}$`)),
    );
  }

  /** Waits until the listed entries show exactly these quotes, in this order. */
  async expectQuotes(quotes: string[]): Promise<void> {
    await expect(this.entries.locator('q')).toHaveText(quotes);
  }

  /** The entry whose quote starts with `quote` (entries are named by the first 60 characters). */
  entry(quote: string): Locator {
    return this.list.getByRole('article', { name: `Highlight: ${quote.slice(0, 60)}` });
  }

  /** The link on an entry's quote, to the passage in the reader. */
  quoteLink(quote: string): Locator {
    return this.entry(quote).getByRole('link');
  }

  /** The button that removes the filter chip `label` ("Evidence", "#Eskalation", a title). */
  filterChip(label: string): Locator {
    return this.page.getByRole('button', { name: `Remove filter ${label}`, exact: true });
  }

  /** A cell of the Tags × articles table. */
  matrixCell(count: number, tag: string, title: string): Locator {
    return this.matrix.getByRole('button', {
      name: `${count} ${count === 1 ? 'highlight' : 'highlights'} tagged ${tag} in “${title}”`,
      exact: true,
    });
  }
}
