import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncAccount } from '@/db/sync/records';
import { loadLocale, t } from '@/shared/i18n';
import { useSyncStatus } from '@/shared/stores/sync-status';
import { useSyncLabel } from '@/shared/ui/use-sync-label';
import { SyncApiError } from './api-client';
import { defaultDeviceName } from './device-name';
import { GroupsPanel } from './groups-panel';
import { refusalMessage, storageErrorText, syncErrorText } from './messages';
import { describeStatus } from './status-words';

/** Sync's words with plurals, selects and server codes, in English and in German. */

afterEach(async () => {
  await loadLocale('en');
  useSyncStatus.getState().reset();
});

const status = (state: 'syncing' | 'offline', waiting: number) =>
  describeStatus(t, { state, waiting });

describe('sync status in words', () => {
  it('counts waiting changes in English as before', () => {
    expect(status('syncing', 1)).toBe('Syncing: 1 change waiting.');
    expect(status('offline', 3)).toBe(
      'Offline: 3 changes waiting. They are kept here and sent when the server is reachable.',
    );
    expect(describeStatus(t, { state: 'refused', waiting: 0 })).toBe(
      'Refused: the server does not accept this device.',
    );
  });

  it('counts them in German, the sentence after the count agreeing with it', async () => {
    await loadLocale('de');
    expect(status('syncing', 1)).toBe('Synchronisiere: 1 Änderung wartet.');
    expect(status('syncing', 1234)).toBe('Synchronisiere: 1.234 Änderungen warten.');
    expect(status('offline', 1)).toBe(
      'Offline: 1 Änderung wartet. Sie bleibt hier gespeichert und wird gesendet, sobald der Server erreichbar ist.',
    );
    expect(status('offline', 2)).toBe(
      'Offline: 2 Änderungen warten. Sie bleiben hier gespeichert und werden gesendet, sobald der Server erreichbar ist.',
    );
    expect(describeStatus(t, { state: 'synced', waiting: 0 })).toBe('Alles aktuell.');
  });

  it('says a storage failure while syncing in the interface’s language', async () => {
    const failed = () =>
      describeStatus(t, { state: 'error', waiting: 0, message: storageErrorText(new Error('x')) });
    expect(failed()).toMatch(/^Sync failed: Sidenote couldn.t read .* It tries again by itself\.$/);
    await loadLocale('de');
    expect(failed()).toMatch(
      /^Synchronisierung fehlgeschlagen: Sidenote konnte .* Sie versucht es von selbst erneut\.$/,
    );
  });

  it('names the top bar’s Sync link with the state and what waits, and follows the language', async () => {
    useSyncStatus.getState().set({ state: 'offline', waiting: 2 });
    const { result } = renderHook(() => useSyncLabel());
    expect(result.current).toBe('Sync: offline, 2 waiting');
    await act(() => loadLocale('de'));
    expect(result.current).toBe('Synchronisierung: offline, 2 warten');
    act(() => useSyncStatus.getState().set({ state: 'synced', waiting: 1 }));
    expect(result.current).toBe('Synchronisierung: aktuell, 1 wartet');
  });
});

describe('what the server says', () => {
  const apiError = (code: string | undefined, message: string, params?: Record<string, string>) =>
    new SyncApiError(message, 409, {
      server: 'http://sync.example',
      code,
      params,
      serverMessage: message,
    });

  it('is the server’s own sentence in English, and German by its code', async () => {
    const taken = apiError('group-name-taken', 'A group called “Seminar” exists.', {
      name: 'Seminar',
    });
    expect(syncErrorText(t, taken)).toBe('A group called “Seminar” exists.');
    await loadLocale('de');
    expect(syncErrorText(t, taken)).toBe('Eine Gruppe namens „Seminar“ gibt es schon.');
    expect(syncErrorText(t, apiError('invite-used', 'This invite has been used already.'))).toBe(
      'Diese Einladung wurde schon verwendet. Lass dir eine neue geben.',
    );
    // A code this app does not know (a newer server): its own sentence rather than nothing.
    expect(syncErrorText(t, apiError('new-rule', 'Something new.'))).toBe('Something new.');
    const unreachable = new SyncApiError('…', 0, { server: 'http://sync.example' });
    expect(syncErrorText(t, unreachable)).toBe(
      'Der Synchronisierungsserver unter http://sync.example ist nicht erreichbar. Bist du online, und läuft er?',
    );
  });

  it('says why a connection was refused, in a group or not', async () => {
    expect(refusalMessage(t, 'read-only', 'Seminar')).toBe(
      'The server refused your changes in “Seminar”: you can only read there.',
    );
    expect(refusalMessage(t, 'odd', 'Seminar')).toBe('The sync server refused in “Seminar” (odd).');
    await loadLocale('de');
    expect(refusalMessage(t, 'not-a-member', 'Seminar')).toBe(
      'Du bist nicht mehr Mitglied von „Seminar“.',
    );
    expect(refusalMessage(t, 'token-expired')).toMatch(/^Die Anmeldung dieses Geräts/);
  });
});

describe('words with a role in them', () => {
  it('joining a group names the role in German', async () => {
    expect(t('sync.join.group', { group: 'Seminar', role: 'reader' })).toBe(
      'Join the study group “Seminar” as a reader',
    );
    await loadLocale('de');
    expect(t('sync.join.group', { group: 'Seminar', role: 'reader' })).toBe(
      'Der Lerngruppe „Seminar“ zum Mitlesen beitreten',
    );
    expect(t('sync.join.group', { group: 'Seminar', role: 'writer' })).toBe(
      'Der Lerngruppe „Seminar“ zum Mitschreiben beitreten',
    );
  });

  it('a group card says who does what', async () => {
    const account: SyncAccount = {
      serverUrl: 'ws://sync.example',
      token: 'x',
      userId: 'u1',
      userName: 'Tina',
      deviceId: 'd1',
      joinedAt: '2026-12-06T00:00:00.000Z',
      devices: [],
      groups: [
        {
          id: 'g1',
          name: 'Seminar',
          role: 'owner',
          members: [
            { id: 'u1', name: 'Tina', role: 'owner' },
            { id: 'u2', name: 'Rolf', role: 'reader' },
          ],
        },
      ],
    };
    const { unmount } = render(<GroupsPanel account={account} />);
    const card = screen.getByRole('article', { name: 'Group Seminar' });
    expect(card).toHaveTextContent('you: owner');
    expect(card).toHaveTextContent('Rolfreader');
    unmount();
    await loadLocale('de');
    render(<GroupsPanel account={account} />);
    const karte = screen.getByRole('article', { name: 'Gruppe Seminar' });
    expect(karte).toHaveTextContent('du leitest die Gruppe');
    expect(karte).toHaveTextContent('Tina (du)leitet');
    expect(karte).toHaveTextContent('Rolfliest mit');
    expect(screen.getByRole('button', { name: 'Rolf entfernen' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'liest mit' })).toBeInTheDocument();
  });

  it('a new device is named in the interface’s language', async () => {
    const firefox = 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';
    expect(defaultDeviceName(firefox)).toBe('Firefox on Android');
    await loadLocale('de');
    expect(defaultDeviceName(firefox)).toBe('Firefox auf Android');
    expect(defaultDeviceName('curl/8')).toBe('Browser auf diesem Gerät');
  });
});
