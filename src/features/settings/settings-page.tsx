import { useQuery } from '@tanstack/react-query';
import { requestPersistentStorage, storageInfo } from '@/db/storage';
import { useColors } from '@/db/live';
import { showToast } from '@/shared/stores/toasts';
import { Button } from '@/shared/ui/button';
import { ColorMeaningField } from '@/shared/ui/color-meaning-field';
import { DisplayControls } from '@/shared/ui/display-settings';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { formatNumber, t as translate, useT, type Translate } from '@/shared/i18n';
import { LanguageField } from './language-field';

function formatBytes(t: Translate, n: number | undefined): string {
  if (n === undefined) return t('settings.storage.unknown');
  const tenth = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  if (n < 1024 * 1024) return t('settings.bytes.kb', { n: Math.max(1, Math.round(n / 1024)) });
  if (n < 1024 ** 3) return t('settings.bytes.mb', { n: tenth(n / 1024 / 1024) });
  return t('settings.bytes.gb', { n: tenth(n / 1024 ** 3) });
}

export function SettingsPage() {
  const t = useT();
  useDocumentTitle(t('settings.title'));
  const colors = useColors() ?? [];
  const storage = useQuery({ queryKey: ['storage-info'], queryFn: storageInfo });

  return (
    <Page width="2xl" sections>
      <PageHeader title={t('settings.title')} gap="none" />

      <section aria-labelledby="language-heading" className="space-y-3">
        <h2 id="language-heading" className="text-lg font-semibold text-ink">
          {t('settings.language.heading')}
        </h2>
        <LanguageField />
      </section>

      <section aria-labelledby="display-heading" className="space-y-3">
        <h2 id="display-heading" className="text-lg font-semibold text-ink">
          {t('settings.reading.heading')}
        </h2>
        <DisplayControls />
      </section>

      <section aria-labelledby="colours-heading" className="space-y-3">
        <h2 id="colours-heading" className="text-lg font-semibold text-ink">
          {t('settings.colours.heading')}
        </h2>
        <p className="text-sm text-ink-2">{t('settings.colours.hint', { count: colors.length })}</p>
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
          {t('settings.storage.heading')}
        </h2>
        <p className="text-sm text-ink-2">{t('settings.storage.where')}</p>
        {storage.data && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-muted">{t('settings.storage.kept')}</dt>
            <dd className="text-ink" data-testid="storage-persisted">
              {storage.data.persisted === 'unsupported'
                ? t('settings.storage.kept.unsupported')
                : storage.data.persisted
                  ? t('settings.storage.kept.yes')
                  : t('settings.storage.kept.no')}
            </dd>
            <dt className="text-muted">{t('settings.storage.used')}</dt>
            <dd className="text-ink">
              {t('settings.storage.usedOf', {
                used: formatBytes(t, storage.data.usageBytes),
                quota: formatBytes(t, storage.data.quotaBytes),
              })}
            </dd>
          </dl>
        )}
        {storage.data?.persisted === false && (
          <Button
            compact
            wrap
            onClick={async () => {
              const granted = await requestPersistentStorage(true);
              showToast({
                tone: 'info',
                message: granted
                  ? translate('settings.storage.granted')
                  : translate('settings.storage.refused'),
              });
              void storage.refetch();
            }}
          >
            {t('settings.storage.ask')}
          </Button>
        )}
      </section>
    </Page>
  );
}
