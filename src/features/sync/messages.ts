/** Why the server refused, in words for people (reasons as the server sends them). */
export function refusalMessage(reason: string, groupName?: string): string {
  const where = groupName ? ` in “${groupName}”` : '';
  switch (reason) {
    case 'token-expired':
      return 'This device’s sync sign-in has expired. Ask for a new invite link and join again.';
    case 'device-revoked':
      return 'This device was signed out of sync (from another device or by the server’s admin).';
    case 'unknown-device':
    case 'token-bad-signature':
    case 'token-malformed':
    case 'token-missing':
      return 'The sync server does not accept this device’s sign-in (was the server reset?). Join again with a new invite link.';
    case 'not-a-member':
      return `You are no longer a member${where}.`;
    case 'read-only':
      return `The server refused your changes${where}: you can only read there.`;
    case 'not-yours':
      return `The server refused: that belongs to another member${where}.`;
    default:
      return `The sync server refused${where} (${reason}).`;
  }
}
