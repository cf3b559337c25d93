import { useQuery } from '@tanstack/react-query';
import { requestPersistentStorage, storageInfo } from '@/db/storage';
import { useColors } from '@/db/live';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { ColorMeaningField } from '@/shared/ui/color-meaning-field';
import { DisplayControls } from '@/shared/ui/display-settings';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';

const formatBytes = (n: number | undefined) =>
  n === undefined
    ? 'unknown'
    : n < 1024 * 1024
      ? `${Math.max(1, Math.round(n / 1024))} KB`
      : n < 1024 ** 3
        ? `${(n / 1024 / 1024).toFixed(1)} MB`
        : `${(n / 1024 ** 3).toFixed(1)} GB`;

export function SettingsPage() {
  useDocumentTitle('Settings');
  const colors = useColors() ?? [];
  const storage = useQuery({ queryKey: ['storage-info'], queryFn: storageInfo });

  return (
    <Page width="2xl" sections>
      <PageHeader title="Settings" gap="none" />

      <section aria-labelledby="display-heading" className="space-y-3">
        <h2 id="display-heading" className="text-lg font-semibold text-ink">
          Reading
        </h2>
        <DisplayControls />
      </section>

      <section aria-labelledby="colours-heading" className="space-y-3">
        <h2 id="colours-heading" className="text-lg font-semibold text-ink">
          Highlight colours
        </h2>
        <p className="text-sm text-ink-2">
          Give each colour a meaning. Keys 1–{colors.length} pick them in the reader.
        </p>
        <ul className="space-y-2">
          {colors.map((c, i) => (
            <li key={c.id} className={`swatch-${c.swatch} flex items-start gap-3`}>
              <span
                aria-hidden="true"
                className="mt-2 h-5 w-5 shrink-0 rounded-full bg-[var(--hl-color)]"
              />
              <ColorMeaningField color={c} index={i} />
              <kbd className="mt-2 rounded border border-line px-1.5 text-xs text-muted">
                {i + 1}
              </kbd>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="storage-heading" className="space-y-3">
        <h2 id="storage-heading" className="text-lg font-semibold text-ink">
          Storage
        </h2>
        <p className="text-sm text-ink-2">
          Your highlights, notes and tags are stored in this browser only. Nothing is sent anywhere.
        </p>
        {storage.data && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-muted">Kept when space runs low</dt>
            <dd className="text-ink" data-testid="storage-persisted">
              {storage.data.persisted === 'unsupported'
                ? 'This browser cannot promise it'
                : storage.data.persisted
                  ? 'Yes, the browser granted persistent storage'
                  : 'Not yet: the browser may clear it under pressure'}
            </dd>
            <dt className="text-muted">Space used</dt>
            <dd className="text-ink">
              {formatBytes(storage.data.usageBytes)} of {formatBytes(storage.data.quotaBytes)}{' '}
              available
            </dd>
          </dl>
        )}
        {storage.data?.persisted === false && (
          <Button
            compact
            onClick={async () => {
              const granted = await requestPersistentStorage(true);
              showToast({
                tone: 'info',
                message: granted
                  ? 'The browser will keep Sidenote’s data.'
                  : 'The browser said no. It usually agrees once you have used Sidenote for a while or installed it.',
              });
              void storage.refetch();
            }}
          >
            Ask the browser to keep my data
          </Button>
        )}
      </section>
    </Page>
  );
}
