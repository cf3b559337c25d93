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
  const [helpOpen, setHelpOpen] = useState(false);
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
        setHelpOpen((o) => !o);
      } else if (e.key === '/') {
        e.preventDefault();
        navigate('/search');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);
  return { helpOpen, closeHelp: () => setHelpOpen(false) };
}
