/** Two weeks without a backup while there are annotations: time for a quiet reminder. */
export const BACKUP_REMINDER_DAYS = 14;

export function shouldRemindBackup(input: {
  now: Date;
  highlightCount: number;
  /** ISO timestamp of the oldest highlight. */
  oldestHighlightAt?: string;
  /** ISO timestamp of the last export, if any. */
  lastExportAt?: string;
}): boolean {
  if (input.highlightCount === 0) return false;
  const since = input.lastExportAt ?? input.oldestHighlightAt;
  if (!since) return false;
  const age = input.now.getTime() - new Date(since).getTime();
  return age >= BACKUP_REMINDER_DAYS * 24 * 60 * 60 * 1000;
}
