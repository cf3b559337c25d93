import type { OrphanCode } from '@/domain/anchoring';
import type { MessageId, Translate } from '@/shared/i18n';

const REASONS: Readonly<Record<OrphanCode, MessageId>> = {
  empty: 'reader.orphan.reason.empty',
  gone: 'reader.orphan.reason.gone',
  ambiguous: 'reader.orphan.reason.ambiguous',
  changed: 'reader.orphan.reason.changed',
};

/** Why a highlight's passage was not found, in the interface's language. */
export function orphanReason(t: Translate, code: OrphanCode): string {
  return t(REASONS[code]);
}
