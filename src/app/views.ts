import { lazyView } from './lazy-view';
import { LAZY_VIEWS } from './view-chunks';

// The library is the first page; every other view loads its code, and its words (catalog
// areas beyond src/shared/i18n's CORE_AREAS), when first opened.
export const ReaderPage = lazyView(
  () => import('@/features/reader/single/reader-page').then((m) => m.ReaderPage),
  LAZY_VIEWS.read.areas,
);
export const ComparePage = lazyView(
  () => import('@/features/reader/side-by-side/compare-page').then((m) => m.ComparePage),
  LAZY_VIEWS.compare.areas,
);
export const TagsPage = lazyView(
  () => import('@/features/tags/tags-page').then((m) => m.TagsPage),
  LAZY_VIEWS.tags.areas,
);
export const NotebookPage = lazyView(
  () => import('@/features/notebook/notebook-page').then((m) => m.NotebookPage),
  LAZY_VIEWS.notebook.areas,
);
export const ReviewPage = lazyView(
  () => import('@/features/review/review-page').then((m) => m.ReviewPage),
  LAZY_VIEWS.review.areas,
);
export const SearchPage = lazyView(
  () => import('@/features/search/search-page').then((m) => m.SearchPage),
  LAZY_VIEWS.search.areas,
);
export const DataPage = lazyView(
  () => import('@/features/transfer/data-page').then((m) => m.DataPage),
  LAZY_VIEWS.data.areas,
);
export const SettingsPage = lazyView(
  () => import('@/features/settings/settings-page').then((m) => m.SettingsPage),
  LAZY_VIEWS.settings.areas,
);
export const SyncPage = lazyView(
  () => import('@/features/sync/sync-page').then((m) => m.SyncPage),
  LAZY_VIEWS.sync.areas,
);
export const QuotesPage = lazyView(
  () => import('@/features/quotes/quotes-page').then((m) => m.QuotesPage),
  LAZY_VIEWS.quotes.areas,
);
