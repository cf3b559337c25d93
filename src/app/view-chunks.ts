import type { Area } from '@/shared/i18n';

/**
 * The views whose code loads when first opened, by the first part of their address: the module
 * the view is (for the build, scripts/view-preloads.ts) and the catalog areas of words it uses
 * beyond the first page's. views.ts loads them; /boot.js fetches a cold load's view ahead.
 * `loads`: modules the view imports on demand before its first content can show (quotes wait for
 * every article to be parsed; search parses them in its worker): /boot.js fetches them with the
 * view's code, not once that code has run (bench row 12).
 */
export const LAZY_VIEWS = {
  read: { module: 'src/features/reader/single/reader-page.tsx', areas: ['reader'] },
  compare: { module: 'src/features/reader/side-by-side/compare-page.tsx', areas: ['reader'] },
  tags: { module: 'src/features/tags/tags-page.tsx', areas: ['tags'] },
  notebook: { module: 'src/features/notebook/notebook-page.tsx', areas: ['notebook', 'reader'] },
  review: { module: 'src/features/review/review-page.tsx', areas: ['review'] },
  search: { module: 'src/features/search/search-page.tsx', areas: ['search'] },
  data: { module: 'src/features/transfer/data-page.tsx', areas: ['transfer'] },
  settings: { module: 'src/features/settings/settings-page.tsx', areas: ['settings'] },
  sync: { module: 'src/features/sync/sync-page.tsx', areas: ['sync'] },
  quotes: {
    module: 'src/features/quotes/quotes-page.tsx',
    areas: ['quotes'],
    loads: ['src/db/article-loader.ts'],
  },
} as const satisfies Record<
  string,
  { module: string; areas: readonly Area[]; loads?: readonly string[] }
>;

export type LazyView = keyof typeof LAZY_VIEWS;
