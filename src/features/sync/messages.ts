import type { MessageId, Translate } from '@/shared/i18n';
import { dbErrorText } from '@/shared/ui/error-text';
import { SyncApiError } from './api-client';

/**
 * Sync's words for people, from the codes the server sends (socket refusals, API errors) and the
 * errors the client meets, in the interface's language.
 */

/** Why the server refused, in words for people (reasons as the server sends them). */
export function refusalMessage(t: Translate, reason: string, groupName?: string): string {
  const group = groupName ?? '';
  const inGroup = groupName !== undefined;
  switch (reason) {
    case 'token-expired':
      return t('sync.refusal.tokenExpired');
    case 'device-revoked':
      return t('sync.refusal.deviceRevoked');
    case 'unknown-device':
    case 'token-bad-signature':
    case 'token-malformed':
    case 'token-missing':
      return t('sync.refusal.signInRejected');
    case 'not-a-member':
      return inGroup ? t('sync.refusal.notAMemberIn', { group }) : t('sync.refusal.notAMember');
    case 'read-only':
      return inGroup ? t('sync.refusal.readOnlyIn', { group }) : t('sync.refusal.readOnly');
    case 'not-yours':
      return inGroup ? t('sync.refusal.notYoursIn', { group }) : t('sync.refusal.notYours');
    default:
      return inGroup
        ? t('sync.refusal.otherIn', { group, reason })
        : t('sync.refusal.other', { reason });
  }
}

/** The sync server API's error codes (server/api.ts) and what they say. */
const SERVER_CODES: Record<string, MessageId> = {
  'too-large': 'sync.server.tooLarge',
  'not-json': 'sync.server.notJson',
  'name-needed': 'sync.server.nameNeeded',
  'name-too-long': 'sync.server.nameTooLong',
  'invalid-request': 'sync.server.invalidRequest',
  'unknown-device': 'sync.server.unknownDevice',
  'device-revoked': 'sync.server.deviceRevoked',
  'unknown-member': 'sync.server.unknownMember',
  'token-expired': 'sync.server.tokenExpired',
  'token-missing': 'sync.server.tokenInvalid',
  'token-malformed': 'sync.server.tokenInvalid',
  'token-bad-signature': 'sync.server.tokenInvalid',
  'invite-unknown': 'sync.server.inviteUnknown',
  'invite-used': 'sync.server.inviteUsed',
  'invite-expired': 'sync.server.inviteExpired',
  'invite-member-gone': 'sync.server.inviteMemberGone',
  'invite-group-gone': 'sync.server.inviteGroupGone',
  'no-such-device': 'sync.server.noSuchDevice',
  'no-such-group': 'sync.server.noSuchGroup',
  'owner-only-invite': 'sync.server.ownerOnlyInvite',
  'owner-only-remove': 'sync.server.ownerOnlyRemove',
  'owner-cannot-leave': 'sync.server.ownerCannotLeave',
  'no-such-call': 'sync.server.noSuchCall',
  'member-name-taken': 'sync.server.memberNameTaken',
  'group-name-taken': 'sync.server.groupNameTaken',
  'server-failed': 'sync.server.failed',
};

/**
 * What went wrong with a call to the sync server: the server's answer by its code, that it could
 * not be reached, or (from a server too old to send codes) its own sentence.
 */
export function syncErrorText(t: Translate, error: unknown): string {
  if (error instanceof SyncApiError) {
    if (error.status === 0) return t('sync.server.unreachable', { server: error.server });
    const id = error.code === undefined ? undefined : SERVER_CODES[error.code];
    if (id) return t(id, error.params);
    return error.serverMessage ?? t('sync.server.status', { status: String(error.status) });
  }
  return storageErrorText(error);
}

/** A failure of this browser's storage while syncing, in words for people. */
export function storageErrorText(error: unknown): string {
  return dbErrorText(error);
}
