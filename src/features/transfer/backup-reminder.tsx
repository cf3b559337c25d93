import { useState } from 'react';
import { Link } from 'wouter';
import { shouldRemindBackup } from '@/domain/transfer/reminder';
import { useBackupStatus } from '@/db/live';
import { buttonClass } from '@/shared/ui/button-class';
import { useT } from '@/shared/i18n';

const DISMISSED = 'sidenote.backupReminderDismissed';

/** A quiet note in the library when there are annotations and no backup for two weeks. */
export function BackupReminder() {
  const t = useT();
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(DISMISSED) === '1');
  const status = useBackupStatus();
  const due = status && shouldRemindBackup({ now: new Date(), ...status });
  if (!due || dismissed) return null;
  return (
    <div
      role="status"
      className="mx-auto mt-4 flex max-w-4xl flex-wrap items-center gap-3 rounded-xl border border-line bg-surface-2 px-4 py-2.5 text-sm text-ink-2 sm:mx-6 lg:mx-auto"
    >
      <span className="flex-1">{t('app.backupReminder.text')}</span>
      <Link href="/data" className={buttonClass('secondary', true)}>
        {t('app.backupReminder.backUp')}
      </Link>
      <button
        type="button"
        className="text-sm underline"
        onClick={() => {
          sessionStorage.setItem(DISMISSED, '1');
          setDismissed(true);
        }}
      >
        {t('app.backupReminder.notNow')}
      </button>
    </div>
  );
}
