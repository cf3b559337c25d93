import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, t } from '@/shared/i18n';
import { intervalOf } from '@/domain/review';

const DAY = 86_400_000;
const label = (ms: number) => t('review.interval', { ...intervalOf(ms) });

describe('review messages', () => {
  afterEach(() => loadLocale('en'));

  it('words the answer buttons’ intervals in English', () => {
    expect([10 * 60_000, 3_600_000, 5 * 3_600_000, DAY, 4 * DAY].map(label)).toEqual([
      '10 min',
      '1 hour',
      '5 hours',
      '1 day',
      '4 days',
    ]);
    expect([14 * DAY, 21 * DAY, 60 * DAY, 365 * DAY, 548 * DAY].map(label)).toEqual([
      '2 weeks',
      '3 weeks',
      '2 months',
      '1 year',
      '1.5 years',
    ]);
    expect(t('review.done.body', { count: 1 })).toBe(
      'You reviewed 1 highlight. They come back when they are due.',
    );
  });

  it('words them in German, with German plurals and decimal comma', async () => {
    await loadLocale('de');
    expect([10 * 60_000, 3_600_000, 5 * 3_600_000, DAY, 4 * DAY].map(label)).toEqual([
      '10 Min.',
      '1 Stunde',
      '5 Stunden',
      '1 Tag',
      '4 Tage',
    ]);
    expect([14 * DAY, 21 * DAY, 60 * DAY, 365 * DAY, 548 * DAY].map(label)).toEqual([
      '2 Wochen',
      '3 Wochen',
      '2 Monate',
      '1 Jahr',
      '1,5 Jahre',
    ]);
    expect(t('review.done.body', { count: 1 })).toBe(
      'Du hast 1 Markierung wiederholt. Sie kommen wieder, sobald sie fällig sind.',
    );
    expect(t('review.done.body', { count: 3 })).toMatch(/^Du hast 3 Markierungen wiederholt/);
    expect(t('review.rating.again')).toBe('Nochmal');
  });
});
