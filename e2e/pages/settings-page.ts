import { expect, type Locator, type Page } from '@playwright/test';

/** Settings at `/settings`: reading, colour meanings, storage. */
export class SettingsPage {
  readonly heading: Locator;
  readonly storage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
    this.storage = page.getByRole('region', { name: 'Storage' });
  }

  async goto() {
    await this.page.goto('/settings');
    await expect(this.heading).toBeVisible();
  }

  /** The field for the meaning of colour `n` (1–5). */
  meaning(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Meaning of colour ${n}`, exact: true });
  }

  /** Waits until the field of colour `n` says its meaning is stored. */
  async expectSaved(n: number) {
    await expect(this.meaning(n)).toHaveAccessibleDescription('Saved');
  }

  /** Types a new meaning for colour `n` and leaves the field, which saves it. */
  async renameColour(n: number, label: string) {
    const field = this.meaning(n);
    await field.fill(label);
    await field.press('Tab');
  }
}
