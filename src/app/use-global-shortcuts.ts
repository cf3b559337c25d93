import { isTyping } from '@/shared/ui/is-typing';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';

/** `g` then one of these letters goes to that view (the `?` list is built from the same table). */
export const GO_TO: Readonly<Record<string, string>> = {
  l: '/',
  n: '/notebook',
  r: '/review',
  t: '/tags',
  s: '/settings',
};

/** `?` opens the shortcut list, `/` opens search, `g` then a letter goes to a view. */
export function useGlobalShortcuts() {
  const [, navigate] = useLocation();
  // Each opening is a new number, so the dialog mounts (and shows) afresh: a `?` pressed right
  // after Escape, before React has heard of the native close, still opens it.
  const [help, setHelp] = useState<number | undefined>(undefined);
  useEffect(() => {
    let pendingG = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]') && e.key !== '?') return;
      const go = GO_TO;
      if (Date.now() - pendingG < 1200 && go[e.key]) {
        e.preventDefault();
        pendingG = 0;
        navigate(go[e.key] ?? '/');
        return;
      }
      pendingG = e.key === 'g' ? Date.now() : 0;
      if (e.key === '?') {
        e.preventDefault();
        // What is on screen decides, not the state (which may not have caught up yet).
        const shown = document.querySelector('dialog[data-dialog="shortcuts"][open]');
        setHelp(shown ? undefined : Date.now());
      } else if (e.key === '/') {
        e.preventDefault();
        navigate('/search');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);
  // Only the dialog that closed is forgotten: a newer one opened meanwhile stays.
  const closeHelp = (which: number) => setHelp((h) => (h === which ? undefined : h));
  return { help, closeHelp };
}
