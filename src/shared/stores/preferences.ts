import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemeChoice = 'system' | 'light' | 'sepia' | 'dark';
export type ReaderWidth = 'narrow' | 'medium' | 'wide';

export const FONT_SIZES = [15, 16, 17, 18, 19, 20, 22, 24, 26] as const;
export const DEFAULT_FONT_SIZE = 19;

/** Reading measure in characters: ~65 is the comfortable default. */
export const WIDTH_CH: Record<ReaderWidth, number> = { narrow: 56, medium: 66, wide: 80 };

interface Preferences {
  theme: ThemeChoice;
  fontSize: number;
  width: ReaderWidth;
  /** The colour `h` highlights with; 1–5 change it. */
  colorId: string;
  setColorId: (id: string) => void;
  setTheme: (theme: ThemeChoice) => void;
  setWidth: (width: ReaderWidth) => void;
  /** Steps through FONT_SIZES; +1 larger, -1 smaller. */
  stepFontSize: (direction: 1 | -1) => void;
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      theme: 'system',
      fontSize: DEFAULT_FONT_SIZE,
      width: 'medium',
      colorId: 'key-claim',
      // Unchanged, it notifies no one: every highlight sets the colour it was made with.
      setColorId: (colorId) => set((s) => (s.colorId === colorId ? s : { colorId })),
      setTheme: (theme) => set({ theme }),
      setWidth: (width) => set({ width }),
      stepFontSize: (direction) =>
        set(({ fontSize }) => {
          const i = FONT_SIZES.findIndex((s) => s >= fontSize);
          const next = FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, i + direction))];
          return { fontSize: next ?? DEFAULT_FONT_SIZE };
        }),
    }),
    {
      name: 'sidenote.preferences',
      version: 1,
      partialize: ({ theme, fontSize, width, colorId }) => ({ theme, fontSize, width, colorId }),
    },
  ),
);
