import { describe, expect, it } from 'vitest';
import { formatArticleDate } from './date';

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
  it('is empty when there is no date', () => {
    expect(formatArticleDate(undefined)).toBe('');
  });
});
