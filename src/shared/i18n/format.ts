import { useMemo } from 'react';
import { currentLocale, useLocale } from './i18n';
import type { Locale } from './locale';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

export const DATE = { day: 'numeric', month: 'long', year: 'numeric' } as const;
export const DATE_TIME = { ...DATE, hour: '2-digit', minute: '2-digit' } as const;
export const SHORT_DATE = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** A moment in the interface's language: "6. Dezember 2026" or "6 December 2026". */
export function formatDate(
  value: Date | number | string,
  options: Intl.DateTimeFormatOptions = DATE,
  locale: Locale = currentLocale(),
): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? '' : dateFormat(locale, options).format(date);
}

/** A number in the interface's language: "1.234,5" or "1,234.5". */
export function formatNumber(
  value: number,
  options?: Intl.NumberFormatOptions,
  locale: Locale = currentLocale(),
): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** formatDate and formatNumber for a component, in the language it renders in. */
export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      date: (value: Date | number | string, options?: Intl.DateTimeFormatOptions) =>
        formatDate(value, options, locale),
      number: (value: number, options?: Intl.NumberFormatOptions) =>
        formatNumber(value, options, locale),
    }),
    [locale],
  );
}
