import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  DEFAULT_FONT_SIZE,
  DEFAULT_PREFERENCES,
  FONT_SIZES,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
  readPreferences,
  type LanguageSetting,
  type ReaderWidth,
  type SavedPreferences,
  type ThemeChoice,
} from './preference-rules';

export {
  DEFAULT_FONT_SIZE,
  FONT_SIZES,
  WIDTH_CH,
  LANGUAGE_SETTINGS,
  type LanguageSetting,
  type ReaderWidth,
  type ThemeChoice,
} from './preference-rules';

interface Preferences extends SavedPreferences {
  setColorId: (id: string) => void;
  setTheme: (theme: ThemeChoice) => void;
  setLanguage: (language: LanguageSetting) => void;
  setWidth: (width: ReaderWidth) => void;
  /** Steps through FONT_SIZES; +1 larger, -1 smaller. */
  stepFontSize: (direction: 1 | -1) => void;
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      ...DEFAULT_PREFERENCES,
      // Unchanged, it notifies no one: every highlight sets the colour it was made with.
      setColorId: (colorId) => set((s) => (s.colorId === colorId ? s : { colorId })),
      setTheme: (theme) => set({ theme }),
      setLanguage: (language) => set({ language }),
      setWidth: (width) => set({ width }),
      stepFontSize: (direction) =>
        set(({ fontSize }) => {
          const i = FONT_SIZES.findIndex((s) => s >= fontSize);
          const next = FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, i + direction))];
          return { fontSize: next ?? DEFAULT_FONT_SIZE };
        }),
    }),
    {
      name: PREFERENCES_KEY,
      version: PREFERENCES_VERSION,
      partialize: ({ theme, language, fontSize, width, colorId }) => ({
        theme,
        language,
        fontSize,
        width,
        colorId,
      }),
      // What is stored is read by the same rules as before the first paint (boot.js): a value
      // that is missing or not valid (an edited or damaged entry) is the default, never used.
      merge: (saved, current) => ({ ...current, ...readPreferences(saved) }),
      migrate: (saved) => readPreferences(saved),
    },
  ),
);
