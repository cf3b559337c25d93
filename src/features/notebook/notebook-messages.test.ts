import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, t } from '@/shared/i18n';

describe('notebook messages', () => {
  afterEach(() => loadLocale('en'));

  it('counts highlights with plurals, in English', () => {
    expect(t('notebook.filters.count.all', { count: 3 })).toBe('3 highlights');
    expect(t('notebook.filters.count.all', { count: 1 })).toBe('1 highlight');
    expect(t('notebook.filters.count.some', { shown: 1, total: 3 })).toBe('1 of 3 highlights');
    expect(t('notebook.matrix.cell', { count: 1, tag: 'NATO', title: 'Gipfel' })).toBe(
      '1 highlight tagged NATO in “Gipfel”',
    );
    expect(t('notebook.review', { which: 'these' })).toBe('Review these');
    expect(t('notebook.review', { which: 'all' })).toBe('Review all');
  });

  it('counts them in German', async () => {
    await loadLocale('de');
    expect(t('notebook.filters.count.all', { count: 1 })).toBe('1 Markierung');
    expect(t('notebook.filters.count.all', { count: 1500 })).toBe('1.500 Markierungen');
    expect(t('notebook.filters.count.some', { shown: 1, total: 1 })).toBe('1 von 1 Markierung');
    expect(t('notebook.filters.count.some', { shown: 2, total: 3 })).toBe('2 von 3 Markierungen');
    expect(t('notebook.matrix.cell', { count: 2, tag: 'NATO', title: 'Gipfel' })).toBe(
      '2 Markierungen mit dem Schlagwort NATO in „Gipfel“',
    );
    expect(t('notebook.review', { which: 'these' })).toBe('Diese wiederholen');
    expect(t('notebook.review', { which: 'all' })).toBe('Alle wiederholen');
    expect(t('notebook.whose.member', { name: 'Jana' })).toBe('Von Jana');
  });
});
