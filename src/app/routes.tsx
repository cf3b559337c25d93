import { Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { useT } from '@/shared/i18n';
import { LibraryPage } from '@/features/library/library-page';
import { BackupReminder } from '@/features/transfer/backup-reminder';
import { Main } from '@/shared/ui/page';
import { Loading } from '@/shared/ui/states';
import { TopBar } from '@/shared/ui/top-bar';
import { NotFound } from './not-found';
import {
  ComparePage,
  DataPage,
  NotebookPage,
  QuotesPage,
  ReaderPage,
  ReviewPage,
  SearchPage,
  SettingsPage,
  SyncPage,
  TagsPage,
} from './views';
import { decodePathPart } from '@/shared/paths';

function Lazy({ children }: { children: ReactNode }) {
  const t = useT();
  return <Suspense fallback={<Loading label={t('app.loading.view')} />}>{children}</Suspense>;
}

/** Every view has a URL: `/`, `/read/:id`, `/compare/:left/:right`, `/notebook`, `/tags`, `/settings`. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <TopBar />
        <Main>
          <BackupReminder />
          <LibraryPage />
        </Main>
      </Route>
      <Route path="/read/:id">
        {({ id }) => (
          <Lazy>
            <ReaderPage key={id} id={decodePathPart(id)} />
          </Lazy>
        )}
      </Route>
      <Route path="/compare/:left/:right">
        {({ left, right }) => (
          <Lazy>
            <ComparePage left={decodePathPart(left)} right={decodePathPart(right)} />
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
      <Route path="/quotes">
        <Lazy>
          <QuotesPage />
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
      <Route path="/sync">
        <Lazy>
          <SyncPage />
        </Lazy>
      </Route>
      <Route path="/settings">
        <Lazy>
          <SettingsPage />
        </Lazy>
      </Route>
      <Route>
        <TopBar />
        <Main>
          <NotFound />
        </Main>
      </Route>
    </Switch>
  );
}
