import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, t } from '@/shared/i18n';
import { OrphanPlaces } from './highlights/orphan-places';
import type { Highlight } from '@/domain/annotations/types';

// The reader's messages with logic (plurals, selects), in English as the interface always said
// them and in German.
afterEach(() => loadLocale('en'));

describe('reader messages', () => {
  it('count highlights and lost passages with plurals', async () => {
    expect(t('reader.list.count', { count: 1 })).toBe('1 highlight, in reading order');
    expect(t('reader.list.count', { count: 1234 })).toBe('1,234 highlights, in reading order');
    expect(t('reader.list.orphans', { count: 1 })).toBe('Couldn’t find this passage');
    expect(t('reader.list.orphans', { count: 3 })).toBe('Couldn’t find these 3 passages');
    await loadLocale('de');
    expect(t('reader.list.count', { count: 1 })).toBe('1 Markierung, in Lesereihenfolge');
    expect(t('reader.list.count', { count: 1234 })).toBe('1.234 Markierungen, in Lesereihenfolge');
    expect(t('reader.list.orphans', { count: 1 })).toBe(
      'Diese Textstelle wurde nicht mehr gefunden',
    );
    expect(t('reader.list.orphans', { count: 3 })).toBe(
      'Diese 3 Textstellen wurden nicht mehr gefunden',
    );
  });

  it('show the number on the notes button only when there are highlights', async () => {
    expect(t('reader.drawer.open', { count: 0 })).toBe('Highlights');
    expect(t('reader.drawer.open', { count: 2 })).toBe('Highlights (2)');
    expect(t('reader.compare.openDrawer', { side: 'left', count: 0 })).toBe(
      'Highlights in the left article',
    );
    expect(t('reader.compare.openDrawer', { side: 'right', count: 1 })).toBe(
      'Highlights in the right article (1)',
    );
    await loadLocale('de');
    expect(t('reader.drawer.open', { count: 0 })).toBe('Markierungen');
    expect(t('reader.drawer.open', { count: 2 })).toBe('Markierungen (2)');
    expect(t('reader.compare.openDrawer', { side: 'right', count: 1 })).toBe(
      'Markierungen im rechten Artikel (1)',
    );
  });

  it('name each side of side by side in its own words', async () => {
    expect(t('reader.compare.textLabel', { side: 'left' })).toBe('Text of the left article');
    expect(t('reader.compare.close', { side: 'right' })).toBe('Close the right pane');
    expect(t('reader.links.showInPane', { side: 'left' })).toBe('Show in the left pane');
    await loadLocale('de');
    expect(t('reader.compare.textLabel', { side: 'left' })).toBe('Text des linken Artikels');
    expect(t('reader.compare.pane', { side: 'right' })).toBe('Rechter Artikel');
    expect(t('reader.compare.choose', { side: 'left' })).toBe('Wähle den linken Artikel');
    expect(t('reader.links.showInPane', { side: 'right' })).toBe('Auf der rechten Seite zeigen');
  });

  it('offer the places an orphan could be, one or several', async () => {
    expect(t('reader.orphan.found', { total: 1, exact: 'yes' })).toBe(
      'Found the passage in one place; pick it to re-attach.',
    );
    expect(t('reader.orphan.found', { total: 1, exact: 'no' })).toBe(
      'Found a close match in one place; pick it to re-attach.',
    );
    expect(t('reader.orphan.found', { total: 4, exact: 'yes' })).toBe(
      'Found 4 places this could be; pick one.',
    );
    await loadLocale('de');
    expect(t('reader.orphan.found', { total: 1, exact: 'no' })).toBe(
      'Eine ähnliche Stelle gefunden; wähle sie aus, um die Markierung neu zuzuordnen.',
    );
    expect(t('reader.orphan.found', { total: 4, exact: 'yes' })).toBe(
      '4 mögliche Stellen gefunden; wähle eine aus.',
    );
  });

  it('render an orphan’s places in German', async () => {
    const quote = 'Die Regierung erklärte';
    const text = `Am Montag: ${quote} etwas. Später: ${quote} anderes. Zuletzt: ${quote} noch mehr.`;
    const highlight = {
      target: {
        position: { type: 'TextPositionSelector', start: 0, end: quote.length },
        quote: {
          type: 'TextQuoteSelector',
          exact: quote,
          prefix: 'Gestern sagte: ',
          suffix: ' nichts',
        },
        textHash: '',
      },
    } as unknown as Highlight;
    await loadLocale('de');
    render(<OrphanPlaces text={text} highlight={highlight} lang="de" onPick={() => {}} />);
    expect(screen.getByText('3 mögliche Stellen gefunden; wähle eine aus.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Mögliche Stellen' })).toBeInTheDocument();
  });
});
