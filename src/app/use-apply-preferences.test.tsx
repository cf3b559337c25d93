import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FONT_SIZES,
  reloadPreferences,
  usePreferences,
  WIDTH_CH,
  type ReaderWidth,
  type ThemeChoice,
} from '@/shared/stores/preferences';
import { useApplyPreferences } from './use-apply-preferences';
import { boot } from './boot';

function systemDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query.includes('dark'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

/** What <html> says: the theme and the two reader variables. */
function look() {
  const html = document.documentElement;
  return {
    theme: html.dataset.theme,
    fontSize: html.style.getPropertyValue('--reader-font-size'),
    measure: html.style.getPropertyValue('--reader-measure'),
  };
}

function reset() {
  const html = document.documentElement;
  delete html.dataset.theme;
  delete html.dataset.prerender;
  html.removeAttribute('style');
  localStorage.clear();
}

afterEach(() => {
  reset();
  vi.unstubAllGlobals();
});

describe('the page before the app (boot.ts) and the app agree', () => {
  const themes: ThemeChoice[] = ['system', 'light', 'sepia', 'dark'];
  const widths = Object.keys(WIDTH_CH) as ReaderWidth[];

  it('on theme, text size and line length, for every saved choice', () => {
    for (const dark of [false, true]) {
      systemDark(dark);
      for (const theme of themes) {
        for (const fontSize of FONT_SIZES) {
          for (const width of widths) {
            usePreferences.setState({ theme, fontSize, width });
            // The store saved itself to localStorage, as it does in the app.
            boot();
            const before = look();
            reset();
            usePreferences.setState({ theme, fontSize, width });
            const { unmount } = renderHook(() => useApplyPreferences());
            expect(look(), `${theme} ${fontSize} ${width} dark=${dark}`).toEqual(before);
            unmount();
            reset();
          }
        }
      }
    }
  });

  it('the app too: a damaged saved width or size is the default, never "undefinedch"', async () => {
    systemDark(false);
    localStorage.setItem(
      'sidenote.preferences',
      JSON.stringify({
        state: { theme: 'neon', fontSize: 'big', width: 'huge', colorId: 7 },
        version: 1,
      }),
    );
    reloadPreferences();
    const { unmount } = renderHook(() => useApplyPreferences());
    expect(look()).toEqual({ theme: 'light', fontSize: '19px', measure: '66ch' });
    expect(usePreferences.getState().colorId).toBe('key-claim');
    unmount();
  });

  it('the app too: preferences saved by an unknown version are read by the same rules', async () => {
    localStorage.setItem(
      'sidenote.preferences',
      JSON.stringify({ state: { theme: 'sepia', fontSize: 22, width: 'gigantic' }, version: 0 }),
    );
    reloadPreferences();
    const { theme, fontSize, width } = usePreferences.getState();
    expect({ theme, fontSize, width }).toEqual({ theme: 'sepia', fontSize: 22, width: 'medium' });
  });

  it('falls back to the defaults when nothing or garbage is saved', () => {
    systemDark(true);
    localStorage.setItem('sidenote.preferences', '{not json');
    boot();
    expect(look()).toEqual({ theme: 'dark', fontSize: '19px', measure: '66ch' });
  });
});
