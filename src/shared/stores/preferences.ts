import { create } from 'zustand';
import {
  DEFAULT_FONT_SIZE,
  DEFAULT_PREFERENCES,
  FONT_SIZES,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
  readStoredPreferences,
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

/**
 * The saved preferences, read by the same rules as before the first paint (boot.js): a value
 * that is missing or not valid (an edited or damaged entry, another version's) is the default.
 */
function readSaved(): SavedPreferences {
  try {
    return readStoredPreferences(localStorage.getItem(PREFERENCES_KEY));
  } catch {
    return DEFAULT_PREFERENCES; // No storage (the build's prerendering, a locked-down browser).
  }
}

export const usePreferences = create<Preferences>()((set) => ({
  ...readSaved(),
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
}));

/** Reads what is saved again, as on start. */
export function reloadPreferences(): void {
  usePreferences.setState(readSaved());
}

const saved = ({ theme, language, fontSize, width, colorId }: SavedPreferences) =>
  JSON.stringify({
    state: { theme, language, fontSize, width, colorId },
    version: PREFERENCES_VERSION,
  });

// Kept in localStorage as `{ state, version }`, the form Zustand's persist middleware wrote (so
// earlier releases' choices still count), by these few lines instead of the middleware's 1 KB
// in the first page (bench row 1).
usePreferences.subscribe((state, previous) => {
  const value = saved(state);
  if (value === saved(previous)) return;
  try {
    localStorage.setItem(PREFERENCES_KEY, value);
  } catch {
    // Storage refused (private mode, full): the choice lasts for this visit.
  }
});
