import { useEffect } from 'react';
import { usePreferences } from '@/shared/stores/preferences';
import { loadLocale } from './i18n';
import { resolveLocale } from './locale';

const browserLanguages = () => (typeof navigator === 'undefined' ? [] : navigator.languages);

/**
 * Loads the saved language before the first render, so German readers never see English first.
 * Resolves (never rejects): a catalog that cannot load leaves the interface in English.
 */
export function startLanguage(): Promise<void> {
  const locale = resolveLocale(usePreferences.getState().language, browserLanguages());
  return loadLocale(locale)
    .catch(() => (locale === 'en' ? undefined : loadLocale('en')))
    .catch(() => undefined);
}

/** Follows the language chosen in Settings, and for "system" the browser's, live. */
export function useApplyLanguage() {
  const choice = usePreferences((s) => s.language);
  useEffect(() => {
    const apply = () => void loadLocale(resolveLocale(choice, browserLanguages())).catch(() => {});
    apply();
    if (choice !== 'system') return;
    window.addEventListener('languagechange', apply);
    return () => window.removeEventListener('languagechange', apply);
  }, [choice]);
}
