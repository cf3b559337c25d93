/** Manifest entries for tests: a readable article with plausible defaults, and a manifest of them. */
import type { ArticleSummary } from '../article/types';
import type { ManifestEntry, SeedManifest } from './manifest';

export function manifestEntry(
  id: string,
  title: string = id,
  more: Partial<ArticleSummary> = {},
): ManifestEntry {
  return {
    id,
    file: `${id}.txt`,
    size: 100,
    sha256: id,
    summary: {
      title,
      titleSource: 'text',
      language: 'de',
      wordCount: 400,
      readingMinutes: 2,
      excerpt: `${title} excerpt`,
      ...more,
    },
  };
}

export function seedManifest(articles: ManifestEntry[]): SeedManifest {
  return {
    format: 'sidenote-seed-manifest',
    version: 1,
    generatedAt: '2024-06-01T00:00:00.000Z',
    articles,
  };
}
