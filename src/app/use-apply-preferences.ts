import { useEffect } from 'react';
import { usePreferences, WIDTH_CH } from '@/shared/stores/preferences';
import { themeFor } from '@/shared/stores/preference-rules';

/**
 * Puts the chosen theme, text size and line length on <html> (boot.ts does it before the first
 * paint). "System" follows the operating system, live.
 */
export function useApplyPreferences() {
  const theme = usePreferences((s) => s.theme);
  const fontSize = usePreferences((s) => s.fontSize);
  const width = usePreferences((s) => s.width);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = themeFor(theme, media.matches);
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
  useEffect(() => {
    const style = document.documentElement.style;
    style.setProperty('--reader-font-size', `${fontSize}px`);
    style.setProperty('--reader-measure', `${WIDTH_CH[width]}ch`);
  }, [fontSize, width]);
}
