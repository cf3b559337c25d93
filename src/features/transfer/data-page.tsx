import { TopBar } from '@/shared/ui/top-bar';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

/** Your data, in and out: study sheets, backups, Web Annotations. */
export function DataPage() {
  useDocumentTitle('Export and import');
  return (
    <>
      <TopBar />
      <main id="main" className="mx-auto w-full max-w-3xl space-y-10 px-4 pt-8 pb-16 sm:px-6">
        <div>
          <h1 className="font-serif text-3xl font-semibold tracking-tight text-ink">
            Export and import
          </h1>
          <p className="mt-1 text-sm text-ink-2">
            Everything stays in this browser until you export it. A backup now and then keeps your
            notes safe if the browser’s data is cleared.
          </p>
        </div>
        <ExportSection />
        <ImportSection />
      </main>
    </>
  );
}
