import { useLocale, useT } from '@/shared/i18n';
import { documentTitle } from '@/shared/ui/use-document-title';
import { Page } from '@/shared/ui/page';
import { NotebookEmpty, NotebookHeader } from './notebook-frame';

/**
 * The notebook as a first visit sees it, drawn before the app starts: the page built at build
 * time (src/app/prerender.tsx), once per interface language. Nothing is saved yet on a first
 * visit, so the app's own first render is this same empty notebook and replaces it in place.
 * It shows only once /boot.js has found no Sidenote database in this browser (src/styles.css,
 * `data-first-visit`); anyone with saved data waits for the app, as before.
 */
export function StaticNotebook() {
  const locale = useLocale();
  const t = useT();
  return (
    <div
      data-prerendered=""
      data-first-visit=""
      data-prerendered-locale={locale}
      data-title={documentTitle(t('notebook.title'))}
      lang={locale}
    >
      <Page width="4xl">
        <NotebookHeader view="list" onSelect={() => undefined} disabled />
        <NotebookEmpty />
      </Page>
    </div>
  );
}
