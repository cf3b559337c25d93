import { lazyView } from './lazy-view';

// The library is the first page; every other view loads its code when first opened.
export const ReaderPage = lazyView(() =>
  import('@/features/reader/single/reader-page').then((m) => m.ReaderPage),
);
export const ComparePage = lazyView(() =>
  import('@/features/reader/side-by-side/compare-page').then((m) => m.ComparePage),
);
export const TagsPage = lazyView(() => import('@/features/tags/tags-page').then((m) => m.TagsPage));
export const NotebookPage = lazyView(() =>
  import('@/features/notebook/notebook-page').then((m) => m.NotebookPage),
);
export const ReviewPage = lazyView(() =>
  import('@/features/review/review-page').then((m) => m.ReviewPage),
);
export const SearchPage = lazyView(() =>
  import('@/features/search/search-page').then((m) => m.SearchPage),
);
export const DataPage = lazyView(() =>
  import('@/features/transfer/data-page').then((m) => m.DataPage),
);
export const SettingsPage = lazyView(() =>
  import('@/features/settings/settings-page').then((m) => m.SettingsPage),
);
export const SyncPage = lazyView(() => import('@/features/sync/sync-page').then((m) => m.SyncPage));
