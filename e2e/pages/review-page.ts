import { expect, type Locator, type Page } from '@playwright/test';

export type Grade = 'Again' | 'Hard' | 'Good' | 'Easy';

/** Study mode at `/review`: one due highlight at a time. */
export class ReviewPage {
  readonly heading: Locator;
  readonly card: Locator;
  /** The highlighted passage on the card. */
  readonly quote: Locator;
  /** "1 of 2". */
  readonly progress: Locator;
  readonly reveal: Locator;
  readonly grades: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Review' });
    this.card = page.getByRole('article', { name: 'Highlight to review' });
    this.quote = this.card.locator('blockquote mark');
    this.progress = page.getByText(/^\d+ of \d+$/);
    this.reveal = this.card.getByRole('button', { name: /^Show note and context/ });
    this.grades = this.card.getByRole('group', { name: 'How well did you remember it?' });
  }

  async goto(query = '') {
    await this.page.goto(`/review${query}`);
    await expect(this.heading).toBeVisible();
  }

  /** The answer button for `grade` (its name also holds the key and the interval). */
  gradeButton(grade: Grade): Locator {
    return this.grades.getByRole('button', { name: new RegExp(`^${grade}\\b`) });
  }

  /** The empty state: "Done for now" or "Nothing is due". */
  emptyState(title: 'Done for now' | 'Nothing is due'): Locator {
    return this.page.getByRole('heading', { level: 2, name: title });
  }
}
