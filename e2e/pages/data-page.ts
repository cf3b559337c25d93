import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export interface DownloadedFile {
  name: string;
  text: string;
}

/** Export and import at `/data`. */
export class DataPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  /** What an accepted file would change, with Import and Cancel. */
  readonly preview: Locator;
  /** Why a file was refused. */
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Export and import' });
    this.fileInput = page.getByLabel('Choose a file to import');
    this.preview = page.getByRole('region', { name: 'Import preview' });
    this.refusal = page.getByRole('alert').filter({ hasText: 'was not imported' });
  }

  async goto() {
    await this.page.goto('/data');
    await expect(this.heading).toBeVisible();
  }

  /** Clicks the export button `label` and returns the file the browser downloads. */
  async download(
    label: 'Download backup (.json)' | 'Download sheet (.md)' | 'Download annotations (.jsonld)',
  ): Promise<DownloadedFile> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: label, exact: true }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Chooses a file to import, as a person picks one in the file dialog. */
  async choose(name: string, content: string | Buffer) {
    await this.fileInput.setInputFiles({
      name,
      mimeType: name.endsWith('.jsonld') ? 'application/ld+json' : 'application/json',
      buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
    });
  }
}
