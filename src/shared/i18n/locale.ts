/**
 * Which language the interface speaks: the one chosen in Settings, or for "system" the first of
 * the browser's languages that Sidenote has (German or English), else English. Plain TypeScript
 * with no imports, like preference-rules.ts.
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale a BCP 47 tag falls under, if Sidenote has it: "de-AT" → "de". */
export function localeOf(tag: string | undefined): Locale | undefined {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

export function resolveLocale(
  choice: 'system' | Locale,
  browserLanguages: readonly string[],
): Locale {
  if (choice !== 'system') return choice;
  for (const tag of browserLanguages) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return 'en';
}
