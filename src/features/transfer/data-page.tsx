import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';
import { useT } from '@/shared/i18n';

/** Your data, in and out: study sheets, backups, Web Annotations. */
export function DataPage() {
  const t = useT();
  useDocumentTitle(t('transfer.page.title'));
  return (
    <Page width="3xl" sections>
      <PageHeader
        title={t('transfer.page.title')}
        gap="none"
        description={t('transfer.page.description')}
      />
      <ExportSection />
      <ImportSection />
    </Page>
  );
}
