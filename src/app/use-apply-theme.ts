import { useEffect } from 'react';
import { usePreferences } from '@/shared/stores/preferences';

/** Puts the chosen theme on <html>; "system" follows the operating system, live. */
export function useApplyTheme() {
  const theme = usePreferences((s) => s.theme);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme =
        theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
