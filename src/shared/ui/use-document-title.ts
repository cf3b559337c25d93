import { useEffect } from 'react';

/** The window title for a view or article: "<title> · Sidenote", or just "Sidenote". */
export function documentTitle(title: string | undefined): string {
  return title ? `${title} · Sidenote` : 'Sidenote';
}

export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}
