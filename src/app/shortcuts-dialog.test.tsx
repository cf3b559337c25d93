import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '@/shared/i18n';
import { ShortcutsDialog } from './shortcuts-dialog';

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => loadLocale('en'));

/** Each row of the list as "keys: what it does". */
const rows = () =>
  [...document.querySelectorAll('dl > div')].map(
    (row) =>
      `${[...row.querySelectorAll('kbd')].map((k) => k.textContent).join(' ')}: ${row.querySelector('dd')?.textContent}`,
  );

describe('the ? list', () => {
  it('in English', () => {
    render(<ShortcutsDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    expect(
      within(dialog).getByRole('button', { name: 'Close shortcuts', hidden: true }),
    ).toBeInTheDocument();
    expect(rows()).toContain('Ctrl z: Undo the last highlight, tag or colour change');
    expect(rows()).toContain('g t: Go to the tag manager');
  });

  it('in German, with the key names a German keyboard has', async () => {
    await loadLocale('de');
    render(<ShortcutsDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Tastenkürzel', hidden: true });
    expect(
      within(dialog).getByRole('button', { name: 'Tastenkürzel schließen', hidden: true }),
    ).toBeInTheDocument();
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3, hidden: true })
        .map((h) => h.textContent),
    ).toEqual(['Überall', 'Beim Lesen', 'Nebeneinander', 'Beim Wiederholen']);
    expect(rows()).toEqual(
      expect.arrayContaining([
        '?: Diese Tastenkürzel anzeigen',
        'g t: Zur Schlagwortverwaltung',
        'Umschalt ←→↑↓: Text ab der Schreibmarke auswählen (mit Strg wortweise)',
        'Entf: Fokussierte Markierung löschen (mit Rückgängig)',
        'Strg Enter: Die Notiz speichern, die du gerade schreibst',
        'Leertaste: Notiz und Kontext anzeigen',
        'n: Nächste entsprechende Textstelle: beide Artikel scrollen dorthin',
        'Esc: Menü, Dialog oder Seitenleiste schließen',
      ]),
    );
  });
});
