import { useState } from 'react';
import { useFormat, useT } from '@/shared/i18n';
import { Button } from '@/shared/ui/button';

/** An invite link to pass on: shown in full (selectable) with a Copy button, and until when. */
export function CopyLink({
  link,
  label,
  expiresAt,
}: {
  link: string;
  label: string;
  expiresAt?: string;
}) {
  const t = useT();
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1.5 rounded-lg border border-line bg-surface-2 p-3">
      <p className="text-sm text-ink-2">
        {label}
        {expiresAt && <> {t('sync.copy.validUntil', { date: format.date(expiresAt) })}</>}
      </p>
      <div className="flex items-center gap-2">
        <input
          readOnly
          value={link}
          aria-label={t('sync.copy.label')}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1.5 font-mono text-xs text-ink"
        />
        <Button
          compact
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t('sync.copy.copied') : t('sync.copy.copy')}
        </Button>
      </div>
    </div>
  );
}
