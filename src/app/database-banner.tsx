import { useEffect, useState } from 'react';
import { onDatabaseBlockedByNewerVersion } from '@/db';
import { useT } from '@/shared/i18n';
import { Button } from '@/shared/ui/button';

/**
 * When a newer Sidenote opens in another tab, this tab's database connection closes. Say so,
 * and offer a reload; notes being typed stay in their drafts and come back after it.
 */
export function DatabaseBanner() {
  const t = useT();
  const [closed, setClosed] = useState(false);
  useEffect(() => onDatabaseBlockedByNewerVersion(() => setClosed(true)), []);
  if (!closed) return null;
  return (
    <div
      role="alert"
      className="sticky top-0 z-50 flex flex-wrap items-center justify-center gap-3 border-b border-danger/30 bg-danger-soft px-4 py-2 text-sm text-ink"
    >
      <span>{t('app.banner.newerVersion')}</span>
      <Button compact variant="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </div>
  );
}
