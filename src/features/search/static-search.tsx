import { useLocale, useT } from '@/shared/i18n';
import { Loading } from '@/shared/ui/states';
import { Page } from '@/shared/ui/page';
import { documentTitle } from '@/shared/ui/use-document-title';
import { SearchFrame } from './search-frame';

const nothing = () => undefined;

/**
 * The search view as the app first draws it (the field, the outlet filter, "Indexing your
 * articles…"), drawn before the app starts: the page built at build time for `/search`
 * (src/app/prerender.tsx), once per interface language. /boot.js puts the address's query in
 * the field, and on a first visit /search-first.js draws the results into it
 * (search-first.ts); the app's first render replaces it in place.
 */
export function StaticSearch() {
  const locale = useLocale();
  const t = useT();
  return (
    <div
      data-prerendered=""
      data-prerendered-locale={locale}
      data-title={documentTitle(t('search.title'))}
      lang={locale}
    >
      <Page width="3xl">
        <SearchFrame query="" onQuery={nothing} outlet="" outletChoices={[]} onOutlet={nothing}>
          <Loading label={t('search.loading')} />
        </SearchFrame>
      </Page>
    </div>
  );
}
