import { useEffect, useState } from 'react';
import { onDatabaseBlockedByNewerVersion } from '@/db';
import { Button } from '@/shared/ui/button';

/**
 * When a newer Sidenote opens in another tab, this tab's database connection closes. Say so,
 * and offer a reload; notes being typed stay in their drafts and come back after it.
 */
export function DatabaseBanner() {
  const [closed, setClosed] = useState(false);
  useEffect(() => onDatabaseBlockedByNewerVersion(() => setClosed(true)), []);
  if (!closed) return null;
  return (
    <div
      role="alert"
      className="sticky top-0 z-50 flex flex-wrap items-center justify-center gap-3 border-b border-danger/30 bg-danger-soft px-4 py-2 text-sm text-ink"
    >
      <span>
        A newer version of Sidenote was opened in another tab, so this tab can no longer save.
        Anything you were typing is kept as a draft and comes back after a reload.
      </span>
      <Button compact variant="primary" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </div>
  );
}
