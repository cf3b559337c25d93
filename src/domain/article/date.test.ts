import { describe, expect, it } from 'vitest';
import { datesAgree, morePrecise, parseDateLine, parseDateMarker } from './date';

const day = (iso: string) => ({ iso, precision: 'day' });

describe('parseDateLine', () => {
  it.each([
    ['29. Mai 2024', '2024-05-29'],
    ['29 Mai 2024', '2024-05-29'],
    ['3. März 2022', '2022-03-03'],
    ['3. Maerz 2022', '2022-03-03'],
    ['1. Jänner 2023', '2023-01-01'],
    ['Mittwoch, 29. Mai 2024', '2024-05-29'],
    ['29. Mai 2024, 14:30 Uhr', '2024-05-29'],
    ['Veröffentlicht am 12. Oktober 2022', '2022-10-12'],
    ['29.05.2024', '2024-05-29'],
    ['1.2.2022', '2022-02-01'],
    ['2024-05-29', '2024-05-29'],
    ['May 29, 2024', '2024-05-29'],
    ['29 May 2024', '2024-05-29'],
    ['Dezember 31, 2021', '2021-12-31'],
  ])('reads %s', (line, iso) => {
    expect(parseDateLine(line)).toEqual(day(iso));
  });

  it('reads month precision', () => {
    expect(parseDateLine('Oktober 2022')).toEqual({ iso: '2022-10', precision: 'month' });
    expect(parseDateLine('2022-10')).toEqual({ iso: '2022-10', precision: 'month' });
  });

  it.each([
    '31. Februar 2024',
    '29.13.2024',
    'Am 14. März beschrieb UN-Generalsekretär Antonio Guterres einen hypothetischen Konflikt.',
    'Mai',
    '2024',
    '29. Maibaum 2024',
    'von Alex Lantier',
    '',
  ])('does not take %j for a date line', (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseDateLine('29.02.2024')).toEqual(day('2024-02-29'));
    expect(parseDateLine('29.02.2023')).toBeUndefined();
  });
});

describe('parseDateMarker', () => {
  it('reads the corpus marker with its leading space and returns the rest of the line', () => {
    expect(parseDateMarker(' date 2024-05 NATO prepares')).toEqual({
      date: { iso: '2024-05', precision: 'month' },
      rest: ' NATO prepares',
    });
    expect(parseDateMarker('date 2022-10-03')).toEqual({ date: day('2022-10-03'), rest: '' });
    expect(parseDateMarker(' date 2021 x')?.date).toEqual({ iso: '2021', precision: 'year' });
  });

  it('ignores prose starting with "date" and invalid months', () => {
    expect(parseDateMarker('date palms grow here')).toBeUndefined();
    expect(parseDateMarker(' date 2024-13 x')).toBeUndefined();
    expect(parseDateMarker('Update 2024-05')).toBeUndefined();
  });
});

describe('datesAgree and morePrecise', () => {
  it('agree when one refines the other', () => {
    const month = { iso: '2024-05', precision: 'month' } as const;
    const full = { iso: '2024-05-29', precision: 'day' } as const;
    expect(datesAgree(month, full)).toBe(true);
    expect(datesAgree(month, { iso: '2024-06-01', precision: 'day' })).toBe(false);
    expect(morePrecise(month, full)).toBe(full);
    expect(morePrecise(full, month)).toBe(full);
  });
});
