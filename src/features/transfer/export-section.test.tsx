/**
 * The export section names articles as the app shows them: the study sheet's choice of article
 * and its file name by the reader's title, the Web Annotations by the reader's title and outlet
 * (else the derived outlet: 002's page is Infobae's, though it credits Reuters).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlight, setArticleDetails } from '@/db';
import { getDb } from '@/db/database';
import { target } from '@/db/test-utils';
import type { SeedManifest } from '@/domain/library/manifest';
import { manifestEntry, seedManifest } from '@/domain/library/manifest.fixture';
import { downloadText } from '@/shared/download';
import { manifestQuery } from '@/shared/queries/articles';
import { ExportSection } from './export-section';

vi.mock('@/shared/download', () => ({ downloadText: vi.fn() }));

const MANIFEST: SeedManifest = seedManifest([
  manifestEntry('a1', 'Die NATO warnte Russland', {
    source: 'Reuters',
    outlet: 'Infobae',
    agency: 'Reuters',
  }),
  manifestEntry('a2', 'Beta', { source: 'WSWS.ORG', outlet: 'WSWS.ORG' }),
]);

beforeEach(async () => {
  vi.mocked(downloadText).mockClear();
  const db = getDb();
  await db.delete();
  await db.open();
  await createHighlight(db, {
    articleId: 'a1',
    target: target(0, 'Erste Stelle'),
    colorId: 'key-claim',
  });
});

function renderExport() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(manifestQuery.queryKey, MANIFEST);
  render(
    <QueryClientProvider client={client}>
      <ExportSection />
    </QueryClientProvider>,
  );
}

/** The file the section handed to the browser last: name and text. */
async function downloaded(): Promise<{ name: string; text: string }> {
  await vi.waitFor(() => expect(downloadText).toHaveBeenCalled());
  const [name, text] = vi.mocked(downloadText).mock.calls.at(-1) ?? [];
  return { name: name ?? '', text: text ?? '' };
}

describe('export section', () => {
  it('offers and names a one-article sheet by the title the reader set', async () => {
    await setArticleDetails(getDb(), 'a1', { title: 'Atomkrieg: NATO warnt' });
    renderExport();
    const scope = screen.getByRole('combobox', { name: 'What the sheet covers' });
    const option = await screen.findByRole('option', { name: 'Atomkrieg: NATO warnt' });
    await userEvent.selectOptions(scope, option);
    await userEvent.click(screen.getByRole('button', { name: 'Download sheet (.md)' }));
    const file = await downloaded();
    expect(file.name).toMatch(/^sidenote-article-atomkrieg-nato-warnt-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file.text).toContain('Atomkrieg: NATO warnt');
    expect(file.text).toContain('Infobae');
    expect(file.text).not.toContain('Reuters');
  });

  it('writes the Web Annotations with the outlet the library shows', async () => {
    renderExport();
    await userEvent.click(screen.getByRole('button', { name: 'Download annotations (.jsonld)' }));
    const { text } = await downloaded();
    const ld = JSON.parse(text) as { first: { items: Array<{ target: object }> } };
    expect(ld.first.items.map((i) => i.target)).toEqual([
      expect.objectContaining({
        'sidenote:articleTitle': 'Die NATO warnte Russland',
        'sidenote:articleSource': 'Infobae',
      }),
    ]);
  });
});
