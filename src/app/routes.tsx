import { Route, Switch } from 'wouter';
import { LibraryPage } from '@/features/library/library-page';
import { ReaderPage } from '@/features/reader/reader-page';
import { ComparePage } from '@/features/reader/compare-page';
import { NotFound } from './not-found';
import { TopBar } from '@/shared/ui/top-bar';

/** Router params arrive URI-decoded except reserved characters; finish the job safely. */
function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every view has a URL: `/`, `/read/:id`, `/compare/:left/:right`. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <TopBar />
        <main id="main">
          <LibraryPage />
        </main>
      </Route>
      <Route path="/read/:id">{({ id }) => <ReaderPage key={id} id={decodeParam(id)} />}</Route>
      <Route path="/compare/:left/:right">
        {({ left, right }) => <ComparePage left={decodeParam(left)} right={decodeParam(right)} />}
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
