/** Sidenote's export and import formats: JSON backup, W3C Web Annotations, Markdown study sheets. */
export type * from './types';
export { BACKUP_FORMAT, TRANSFER_KINDS } from './types';
export { IMPORT_LIMITS, megabytes } from './limits';
export { describeTransferError } from './errors';
export {
  articleStateParts,
  countItems,
  type ArticleStateParts,
  type CountItem,
  type CountWord,
} from './describe-counts';
export {
  acceptBackupValue,
  createBackup,
  parseBackup,
  summarizeBackup,
  type ParseBackupOptions,
} from './backup';
export {
  BACKUP_VERSIONS,
  CURRENT_BACKUP_VERSION,
  backupVersionProblems,
  migrateBackup,
  type BackupFormatVersion,
} from './migrations';
export { RECORD_KEY, compareKeys, sortBackupData } from './order';
export { tagNameKey } from '../annotations/tag-name';
export {
  toWebAnnotations,
  type AnnotationArticle,
  type WebAnnotationExportOptions,
} from './web-annotation-export';
export {
  FALLBACK_COLOR_ID,
  fromWebAnnotations,
  type ImportDrop,
  type ImportDropCode,
  type WebAnnotationImportOptions,
  type WebAnnotationImportResult,
} from './web-annotation-import';
export type { WebAnnotation, WebAnnotationCollection } from './web-annotation-types';
export {
  toMarkdownSheet,
  type SheetLabels,
  type SheetArticle,
  type SheetHighlight,
  type SheetLink,
  type SheetInput,
} from './markdown-sheet';
export {
  annotationsFileName,
  backupFileName,
  fileDate,
  sheetFileName,
  slugify,
  type SheetKind,
} from './file-names';
export {
  planImport,
  zeroCounts,
  type ImportConflict,
  type ImportPlan,
  type ImportPreview,
  type ImportStrategy,
  type LocalRecords,
  type PlanOptions,
  type TransferCounts,
} from './merge-plan';
export { sameRecord } from './same-record';
export { BACKUP_REMINDER_DAYS, shouldRemindBackup } from './reminder';
