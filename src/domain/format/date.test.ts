import { describe, expect, it } from 'vitest';
import { articleDetail, formatArticleDate } from './date';

describe('formatArticleDate', () => {
  it('shows a day-precise date in full', () => {
    expect(formatArticleDate({ iso: '2024-05-29', precision: 'day' })).toBe('29 May 2024');
  });
  it('never invents a day for a month-precise date', () => {
    expect(formatArticleDate({ iso: '2022-10', precision: 'month' })).toBe('October 2022');
  });
  it('shows only the year for a year-precise date', () => {
    expect(formatArticleDate({ iso: '2023', precision: 'year' })).toBe('2023');
  });
  it('follows the language of the article', () => {
    expect(formatArticleDate({ iso: '2024-05-29', precision: 'day' }, 'de')).toBe('29. Mai 2024');
    expect(formatArticleDate({ iso: '2022-10', precision: 'month' }, 'de')).toBe('Oktober 2022');
    expect(formatArticleDate({ iso: '2024-03-01', precision: 'day' }, 'es')).toBe(
      '1 de marzo de 2024',
    );
  });
  it('is never off by a day, whatever the time zone', () => {
    expect(formatArticleDate({ iso: '2024-01-01', precision: 'day' }, 'de')).toBe('1. Januar 2024');
  });
  it('falls back to English for a language tag Intl refuses', () => {
    expect(formatArticleDate({ iso: '2024-05-29', precision: 'day' }, 'not a tag!')).toBe(
      '29 May 2024',
    );
  });
  it('is empty when there is no date', () => {
    expect(formatArticleDate(undefined)).toBe('');
  });
});

describe('articleDetail', () => {
  it('joins outlet, the date in the article language and the reading time in the interface language', () => {
    expect(
      articleDetail({
        source: 'WSWS.ORG',
        date: { iso: '2024-05-29', precision: 'day' },
        language: 'de',
        readingMinutes: 9,
        readingTime: (m) => `${m} Min. Lesezeit`,
      }),
    ).toBe('WSWS.ORG · 29. Mai 2024 · 9 Min. Lesezeit');
  });
});
