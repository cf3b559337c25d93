import { useId } from 'react';
import { resolveLocale, useT, type Locale } from '@/shared/i18n';
import {
  LANGUAGE_SETTINGS,
  usePreferences,
  type LanguageSetting,
} from '@/shared/stores/preferences';

/** Each language in its own words, as language menus name them: found by those who read it. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

/** The interface's language: the browser's, or one chosen here; it changes at once. */
export function LanguageField() {
  const t = useT();
  const id = useId();
  const language = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const browsers = NATIVE_NAMES[resolveLocale('system', navigator.languages)];
  const label = (choice: LanguageSetting) =>
    choice === 'system' ? t('settings.language.system', { name: browsers }) : NATIVE_NAMES[choice];
  return (
    <div className="space-y-1.5 text-sm">
      <label htmlFor={id} className="block font-medium text-ink">
        {t('settings.language.label')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => setLanguage(event.target.value as LanguageSetting)}
        aria-describedby={`${id}-hint`}
        className="w-64 rounded-lg border border-line bg-surface px-2 py-1.5 text-ink"
      >
        {LANGUAGE_SETTINGS.map((choice) => (
          <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
            {label(choice)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-ink-2">
        {t('settings.language.hint')}
      </p>
    </div>
  );
}
