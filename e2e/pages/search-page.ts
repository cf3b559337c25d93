import { expect, type Locator, type Page } from '@playwright/test';

/** The kinds of result, as each result's label names them. */
export type ResultKind = 'Title or source' | 'Article text' | 'Highlight' | 'Note' | 'Tag';

/** Search at `/search`: one field, results in the text and in your highlights and notes. */
export class SearchPage {
  readonly input: Locator;
  /** Hits in the articles' text, titles and sources. */
  readonly inText: Locator;
  /** Hits in highlight quotes, notes and tags. */
  readonly inNotes: Locator;
  /** Every result link, in both lists. */
  readonly results: Locator;
  /** "12 results". */
  readonly count: Locator;
  /** What an empty field shows. */
  readonly help: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('searchbox', {
      name: 'Search articles, highlights, notes and tags',
    });
    this.inText = page.getByRole('region', { name: 'In the articles' });
    this.inNotes = page.getByRole('region', { name: 'In your highlights and notes' });
    this.results = page.getByRole('main').getByRole('listitem').getByRole('link');
    this.count = page.getByText(/^\d+ results?$/);
    this.help = page.getByText('Search everything you read and wrote');
  }

  async goto(query?: string) {
    await this.page.goto(
      query === undefined ? '/search' : `/search?q=${encodeURIComponent(query)}`,
    );
    await expect(this.input).toBeVisible();
  }

  /** What a query with no results shows. */
  nothingFound(query: string): Locator {
    return this.page.getByText(`Nothing found for „${query}“`);
  }

  /** Types `query` into the field (replacing what is there) and waits for an answer. */
  async search(query: string) {
    await this.input.fill(query);
    await expect(this.count.or(this.nothingFound(query))).toBeVisible();
  }

  /** Result links of one kind, optionally only those in the article titled `title`. */
  resultsOf(kind: ResultKind, title?: string): Locator {
    return this.results.filter({ hasText: `${kind} · ${title ?? ''}` });
  }
}
