import { lazyView } from './lazy-view';

// The library is the first page; every other view loads its code, and its words (catalog
// areas beyond src/shared/i18n's CORE_AREAS), when first opened.
export const ReaderPage = lazyView(
  () => import('@/features/reader/single/reader-page').then((m) => m.ReaderPage),
  ['reader'],
);
export const ComparePage = lazyView(
  () => import('@/features/reader/side-by-side/compare-page').then((m) => m.ComparePage),
  ['reader'],
);
export const TagsPage = lazyView(
  () => import('@/features/tags/tags-page').then((m) => m.TagsPage),
  ['tags'],
);
export const NotebookPage = lazyView(
  () => import('@/features/notebook/notebook-page').then((m) => m.NotebookPage),
  ['notebook', 'reader'],
);
export const ReviewPage = lazyView(
  () => import('@/features/review/review-page').then((m) => m.ReviewPage),
  ['review'],
);
export const SearchPage = lazyView(
  () => import('@/features/search/search-page').then((m) => m.SearchPage),
  ['search'],
);
export const DataPage = lazyView(
  () => import('@/features/transfer/data-page').then((m) => m.DataPage),
  ['transfer'],
);
export const SettingsPage = lazyView(
  () => import('@/features/settings/settings-page').then((m) => m.SettingsPage),
  ['settings'],
);
export const SyncPage = lazyView(
  () => import('@/features/sync/sync-page').then((m) => m.SyncPage),
  ['sync'],
);
export const QuotesPage = lazyView(
  () => import('@/features/quotes/quotes-page').then((m) => m.QuotesPage),
  ['quotes'],
);
