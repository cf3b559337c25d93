import type { Locator, Page } from '@playwright/test';

/** The list of keyboard shortcuts that `?` opens. */
export const shortcutsDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Keyboard shortcuts' });
