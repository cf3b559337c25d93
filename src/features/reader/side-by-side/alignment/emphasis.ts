import { rangeForOffsets } from '../../highlights/text-offsets';
import type { Side } from './alignment-store';

/** Names of the CSS highlights (styles.css `::highlight(...)`): no change to the article's DOM. */
export const EMPHASIS = { hover: 'sn-aligned', active: 'sn-aligned-active' } as const;

export type Spot = { side: Side; start: number; end: number };

/** The text region of a pane's article. */
export function paneText(side: Side): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-testid="pane-${side}-scroll"] [data-article-text]`,
  );
}

/**
 * Tints passages through the CSS Custom Highlight API, which paints over text without changing
 * the markup (selection, highlights and the text offsets stay as they are). Where the browser
 * lacks it, the markers and the pair's card still say where the partner is.
 */
export function emphasize(name: string, spots: readonly Spot[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined')
    return;
  const ranges = spots.flatMap((s) => {
    const root = paneText(s.side);
    const range = root && rangeForOffsets(root, s.start, s.end);
    return range ? [range] : [];
  });
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls a pane so that the passage is a third of the way down (not at the very top, where the
 * eye has to search for it). Resolves false when the pane is not laid out (hidden on a phone).
 */
export function scrollToSpot({ side, start, end }: Spot): boolean {
  const scroller = document.querySelector<HTMLElement>(`[data-testid="pane-${side}-scroll"]`);
  const root = paneText(side);
  const range = root && rangeForOffsets(root, start, end);
  if (!scroller || !range || scroller.clientHeight === 0) return false;
  const rect = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  const top = scroller.scrollTop + rect.top - box.top - scroller.clientHeight / 3;
  scroller.scrollTo({ top: Math.max(0, top), behavior: reducedMotion() ? 'auto' : 'smooth' });
  return true;
}
