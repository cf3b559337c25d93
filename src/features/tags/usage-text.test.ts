import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, t } from '@/shared/i18n';
import { usagePhrase, usageText } from './usage-text';

afterEach(() => loadLocale('en'));

describe('usage text', () => {
  it('counts with singular and plural nouns', () => {
    expect(usageText(t, { highlights: 1, articles: 0 })).toBe('1 highlight');
    expect(usageText(t, { highlights: 0, articles: 1 })).toBe('1 article');
    expect(usageText(t, { highlights: 4, articles: 0 })).toBe('4 highlights');
  });

  it('lists only what the tag is used on', () => {
    expect(usageText(t, { highlights: 3, articles: 1 })).toBe('3 highlights · 1 article');
    expect(usageText(t, { highlights: 0, articles: 2 })).toBe('2 articles');
    expect(usageText(t, { highlights: 0, articles: 0 })).toBe('Not used yet');
    expect(usageText(t, undefined)).toBe('Not used yet');
  });

  it('reads as a phrase in a sentence', () => {
    expect(usagePhrase(t, { highlights: 1, articles: 2 })).toBe('1 highlight and 2 articles');
    expect(usagePhrase(t, { highlights: 1, articles: 2 }, 'dative')).toBe(
      '1 highlight and 2 articles',
    );
    expect(usagePhrase(t, { highlights: 0, articles: 0 })).toBe('');
  });

  it('speaks German, with the dative plural after "von"', async () => {
    await loadLocale('de');
    expect(usageText(t, { highlights: 1, articles: 3 })).toBe('1 Markierung · 3 Artikel');
    expect(usageText(t, { highlights: 2, articles: 1 })).toBe('2 Markierungen · 1 Artikel');
    expect(usageText(t, undefined)).toBe('Noch nicht verwendet');
    expect(usagePhrase(t, { highlights: 2, articles: 3 })).toBe('2 Markierungen und 3 Artikel');
    expect(usagePhrase(t, { highlights: 2, articles: 3 }, 'dative')).toBe(
      '2 Markierungen und 3 Artikeln',
    );
    expect(usagePhrase(t, { highlights: 0, articles: 1 }, 'dative')).toBe('1 Artikel');
  });
});
