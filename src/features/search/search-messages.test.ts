import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, t } from '@/shared/i18n';

describe('search messages', () => {
  afterEach(() => loadLocale('en'));

  it('counts results in English and German', async () => {
    expect(t('search.count', { count: 1 })).toBe('1 result');
    expect(t('search.count', { count: 12 })).toBe('12 results');
    expect(t('search.none.title', { query: 'Nato' })).toBe('Nothing found for „Nato“');
    await loadLocale('de');
    expect(t('search.count', { count: 1 })).toBe('1 Treffer');
    expect(t('search.count', { count: 1234 })).toBe('1.234 Treffer');
    expect(t('search.none.title', { query: 'Nato' })).toBe('Nichts gefunden für „Nato“');
  });
});
