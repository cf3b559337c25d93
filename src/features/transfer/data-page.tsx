import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

/** Your data, in and out: study sheets, backups, Web Annotations. */
export function DataPage() {
  useDocumentTitle('Export and import');
  return (
    <Page width="3xl" sections>
      <PageHeader
        title="Export and import"
        gap="none"
        description="Everything stays in this browser until you export it. A backup now and then keeps your notes safe if the browser’s data is cleared."
      />
      <ExportSection />
      <ImportSection />
    </Page>
  );
}
