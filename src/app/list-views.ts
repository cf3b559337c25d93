/**
 * The views drawn from the article list, by the first part of their address ('' is the
 * library). `/boot.js` asks for the list on these (src/app/boot.ts) and the app's first render
 * waits for it there (src/app/warm-start.ts): one list, so the two stay in step.
 */
export const LIST_VIEWS = ['', 'notebook', 'search', 'review', 'quotes', 'data'] as const;

export type ListView = (typeof LIST_VIEWS)[number];

export function isListView(view: string): view is ListView {
  return (LIST_VIEWS as readonly string[]).includes(view);
}
