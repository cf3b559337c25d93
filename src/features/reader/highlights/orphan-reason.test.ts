import { afterEach, describe, expect, it } from 'vitest';
import { anchor } from '@/domain/anchoring';
import { loadLocale, t } from '@/shared/i18n';
import { orphanReason } from './orphan-reason';

describe('orphan reasons', () => {
  afterEach(() => loadLocale('en'));

  it('say why in English as anchoring does, and in German', async () => {
    const gone = anchor('Ein ganz anderer Text steht jetzt hier.', {
      quote: {
        exact: 'Die Verhandlungen in Brüssel scheiterten am Dienstag',
        prefix: '',
        suffix: '',
      },
    });
    expect(gone.status).toBe('orphan');
    if (gone.status !== 'orphan') return;
    expect(orphanReason(t, gone.code)).toBe(gone.reason);
    await loadLocale('de');
    expect(orphanReason(t, gone.code)).toBe('Der markierte Text steht nicht mehr im Artikel.');
  });

  it('have a sentence for every code, in both languages', async () => {
    const codes = ['empty', 'gone', 'ambiguous', 'changed'] as const;
    const english = codes.map((code) => orphanReason(t, code));
    await loadLocale('de');
    const german = codes.map((code) => orphanReason(t, code));
    for (const [i, text] of german.entries()) {
      expect(text).not.toBe('');
      expect(text).not.toBe(english[i]);
    }
  });
});
