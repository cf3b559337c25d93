/** Component tests: render a view with React Query already holding a manifest of one article and that article, parsed. */
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { LoadedArticle } from '@/db/article-loader';
import { parseArticle } from '@/domain/article/parse-article';
import type { ManifestEntry } from '@/domain/library/manifest';
import { seedManifest } from '@/domain/library/manifest.fixture';
import { articleQuery, manifestQuery } from './articles';

export function renderWithArticle(ui: ReactElement, entry: ManifestEntry, text: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(manifestQuery.queryKey, seedManifest([entry]));
  const parsed = parseArticle(entry.id, text);
  if (!parsed.ok) throw new Error(`the sample article ${entry.id} parses`);
  const loaded: LoadedArticle = { ok: true, article: parsed.article, raw: text, entry };
  client.setQueryData(articleQuery(entry).queryKey, loaded);
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
