import type { MessageId, Translate } from '@/shared/i18n';

/**
 * Why a highlight's passage was not found, in the interface's language. Anchoring
 * (src/domain/anchoring/anchor.ts) gives its reasons as English sentences; each is looked up here
 * by its exact words (orphan-reason.test.ts fails when anchoring gains or rewords one). A reason
 * this table does not know is shown as it is.
 */
export const ORPHAN_REASONS: Readonly<Record<string, MessageId>> = {
  'The highlight has no text to look for.': 'reader.orphan.reason.empty',
  'The highlighted text is no longer in the article.': 'reader.orphan.reason.gone',
  'Its words are still in several places, and the text around it changed: which one is it?':
    'reader.orphan.reason.ambiguous',
  'The highlighted text was changed or removed; no close enough match was found.':
    'reader.orphan.reason.changed',
};

export function orphanReason(t: Translate, reason: string): string {
  const id = ORPHAN_REASONS[reason];
  return id ? t(id) : reason;
}
