/**
 * What a saved reader preference may be, in one place: the store (preferences.ts) reads what it
 * finds in localStorage through `readPreferences`, and so does the script that sets the look
 * before the first paint (src/app/boot.ts, built into boot.js). Plain TypeScript with no
 * imports, so that script stays a few hundred bytes.
 */

export const THEME_CHOICES = ['system', 'light', 'sepia', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The theme to draw: a choice, or for "system" what the operating system prefers. */
export function themeFor(choice: ThemeChoice, systemDark: boolean): 'light' | 'sepia' | 'dark' {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Reading measure in characters: ~65 is the comfortable default. */
export const WIDTH_CH = { narrow: 56, medium: 66, wide: 80 } as const;
export type ReaderWidth = keyof typeof WIDTH_CH;

export const FONT_SIZES = [15, 16, 17, 18, 19, 20, 22, 24, 26] as const;
export const DEFAULT_FONT_SIZE = 19;

export const PREFERENCES_KEY = 'sidenote.preferences';
export const PREFERENCES_VERSION = 1;

/** The interface's language: "system" follows the browser (src/shared/i18n/locale.ts). */
export const LANGUAGE_SETTINGS = ['system', 'en', 'de'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export interface SavedPreferences {
  theme: ThemeChoice;
  language: LanguageSetting;
  fontSize: number;
  width: ReaderWidth;
  /** The colour `h` highlights with; 1–5 change it. */
  colorId: string;
}

export const DEFAULT_PREFERENCES: SavedPreferences = {
  theme: 'system',
  language: 'system',
  fontSize: DEFAULT_FONT_SIZE,
  width: 'medium',
  colorId: 'key-claim',
};

const isThemeChoice = (value: unknown): value is ThemeChoice =>
  (THEME_CHOICES as readonly unknown[]).includes(value);
const isLanguageSetting = (value: unknown): value is LanguageSetting =>
  (LANGUAGE_SETTINGS as readonly unknown[]).includes(value);
const isReaderWidth = (value: unknown): value is ReaderWidth =>
  typeof value === 'string' && Object.hasOwn(WIDTH_CH, value);
const isFontSize = (value: unknown): value is number =>
  typeof value === 'number' &&
  value >= (FONT_SIZES[0] ?? DEFAULT_FONT_SIZE) &&
  value <= (FONT_SIZES.at(-1) ?? DEFAULT_FONT_SIZE);

/** Saved preferences as they may be used: each field that is missing or not valid is the default. */
export function readPreferences(saved: unknown): SavedPreferences {
  const s: Partial<Record<keyof SavedPreferences, unknown>> =
    typeof saved === 'object' && saved !== null ? saved : {};
  return {
    theme: isThemeChoice(s.theme) ? s.theme : DEFAULT_PREFERENCES.theme,
    language: isLanguageSetting(s.language) ? s.language : DEFAULT_PREFERENCES.language,
    fontSize: isFontSize(s.fontSize) ? s.fontSize : DEFAULT_PREFERENCES.fontSize,
    width: isReaderWidth(s.width) ? s.width : DEFAULT_PREFERENCES.width,
    colorId:
      typeof s.colorId === 'string' && s.colorId !== '' ? s.colorId : DEFAULT_PREFERENCES.colorId,
  };
}

/** The preferences in a stored value of PREFERENCES_KEY (Zustand's `{ state, version }`). */
export function readStoredPreferences(stored: string | null): SavedPreferences {
  try {
    const value: unknown = JSON.parse(stored ?? '{}');
    return readPreferences(
      typeof value === 'object' && value !== null && 'state' in value ? value.state : undefined,
    );
  } catch {
    return readPreferences(undefined);
  }
}
