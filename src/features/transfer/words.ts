import {
  countItems,
  type ArticleStateParts,
  type ImportDrop,
  type ImportPreview,
  type TransferCounts,
  type TransferError,
} from '@/domain/transfer';
import type { MessageParams, Translate } from '@/shared/i18n';

/**
 * An import error in the interface's language: `transfer.errors.<code>` with its values, the
 * values found in the file worded too ("the number 42" / "die Zahl 42"). The path is shown apart.
 */
export function transferErrorText(error: TransferError, t: Translate): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(error.params ?? {})) {
    params[name] =
      typeof value === 'object'
        ? t(`transfer.value.${value.kind}`, { text: value.text ?? '' })
        : value;
  }
  return t(`transfer.errors.${error.code}`, params);
}

/** "1 highlight, 1 tagged article, 2 tags", or '' when there is nothing a person made. */
export function countsText(counts: TransferCounts, parts: ArticleStateParts, t: Translate): string {
  return countItems(counts, parts)
    .map(({ word, count }) => t(`transfer.count.${word}`, { count }))
    .join(', ');
}

/** "1 highlight, 2 tags to add; 1 highlight to update; 1 conflict" */
export function previewText(preview: ImportPreview, t: Translate): string {
  const added = countsText(preview.new, preview.articleParts.new, t);
  const updated = countsText(preview.updated, preview.articleParts.updated, t);
  const conflicts = preview.conflicts.length;
  return [
    added
      ? t('transfer.import.preview.add', { items: added })
      : t('transfer.import.preview.nothingNew'),
    updated && t('transfer.import.preview.update', { items: updated }),
    conflicts > 0 && t('transfer.import.preview.conflicts', { count: conflicts }),
  ]
    .filter(Boolean)
    .join('; ');
}

/** What an import leaves out and why: "2 links skipped: …". */
export function droppedText(drop: ImportDrop, t: Translate): string {
  return t(`transfer.import.dropped.${drop.code}`, { count: drop.count });
}
