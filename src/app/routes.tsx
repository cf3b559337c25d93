import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { LibraryPage } from '@/features/library/library-page';
import { BackupReminder } from '@/features/transfer/backup-reminder';
import { Loading } from '@/shared/ui/states';
import { TopBar } from '@/shared/ui/top-bar';
import { NotFound } from './not-found';

// The library is the first page; every other view loads its code when first opened.
const ReaderPage = lazy(() =>
  import('@/features/reader/reader-page').then((m) => ({ default: m.ReaderPage })),
);
const ComparePage = lazy(() =>
  import('@/features/reader/compare-page').then((m) => ({ default: m.ComparePage })),
);
const TagsPage = lazy(() =>
  import('@/features/tags/tags-page').then((m) => ({ default: m.TagsPage })),
);
const NotebookPage = lazy(() =>
  import('@/features/notebook/notebook-page').then((m) => ({ default: m.NotebookPage })),
);
const ReviewPage = lazy(() =>
  import('@/features/review/review-page').then((m) => ({ default: m.ReviewPage })),
);
const SearchPage = lazy(() =>
  import('@/features/search/search-page').then((m) => ({ default: m.SearchPage })),
);
const DataPage = lazy(() =>
  import('@/features/transfer/data-page').then((m) => ({ default: m.DataPage })),
);
const SettingsPage = lazy(() =>
  import('@/features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);

/** Router params arrive URI-decoded except reserved characters; finish the job safely. */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading label="Opening…" />}>{children}</Suspense>;
}

/** Every view has a URL: `/`, `/read/:id`, `/compare/:left/:right`, `/notebook`, `/tags`, `/settings`. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <TopBar />
        <main id="main">
          <BackupReminder />
          <LibraryPage />
        </main>
      </Route>
      <Route path="/read/:id">
        {({ id }) => (
          <Lazy>
            <ReaderPage key={id} id={decodeParam(id)} />
          </Lazy>
        )}
      </Route>
      <Route path="/compare/:left/:right">
        {({ left, right }) => (
          <Lazy>
            <ComparePage left={decodeParam(left)} right={decodeParam(right)} />
          </Lazy>
        )}
      </Route>
      <Route path="/tags">
        <Lazy>
          <TagsPage />
        </Lazy>
      </Route>
      <Route path="/notebook">
        <Lazy>
          <NotebookPage />
        </Lazy>
      </Route>
      <Route path="/review">
        <Lazy>
          <ReviewPage />
        </Lazy>
      </Route>
      <Route path="/search">
        <Lazy>
          <SearchPage />
        </Lazy>
      </Route>
      <Route path="/data">
        <Lazy>
          <DataPage />
        </Lazy>
      </Route>
      <Route path="/settings">
        <Lazy>
          <SettingsPage />
        </Lazy>
      </Route>
      <Route>
        <TopBar />
        <main id="main">
          <NotFound />
        </main>
      </Route>
    </Switch>
  );
}
