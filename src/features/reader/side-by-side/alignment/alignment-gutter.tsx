import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Paragraph } from '@/domain/article/types';
import { Popover } from '@/shared/ui/popover';
import { useT } from '@/shared/i18n';
import { useAlignmentUi, type Side } from './alignment-store';
import { useAlignment } from './alignment-context';
import { PairCard } from './pair-card';
import type { ShownPair } from './use-alignment';
import { useParagraphBoxes } from './use-paragraph-boxes';

/** The paragraph holding `offset`. */
function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (!p) break;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/**
 * Quiet markers beside each paragraph of this pane that has a counterpart in the other article.
 * Pointing at (or focusing) one tints the passages on both sides; opening it shows the partner
 * passage and what to do with the suggestion. Drawn inside the pane's scroller, next to the
 * divider, outside the article's text (selection and highlights do not see it).
 */
export function AlignmentGutter({
  side,
  content,
}: {
  side: Side;
  /** The pane's content box (position: relative), which the markers are placed against. */
  content: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const context = useAlignment();
  const article = context?.articles[side];
  const pairs = context?.alignment.pairs;
  const groups = useMemo(() => {
    const byStart = new Map<number, ShownPair[]>();
    if (!article || !pairs) return byStart;
    for (const pair of pairs) {
      const p = paragraphAt(article.paragraphs, pair[side].start);
      if (!p) continue;
      const list = byStart.get(p.start) ?? [];
      list.push(pair);
      byStart.set(p.start, list);
    }
    byStart.forEach((list) => list.sort((a, b) => a[side].start - b[side].start));
    return byStart;
  }, [article, pairs, side]);
  const starts = useMemo(() => [...groups.keys()].sort((a, b) => a - b), [groups]);
  const boxes = useParagraphBoxes(content, starts);
  const hovered = useAlignmentUi((s) => s.hovered);
  const active = useAlignmentUi((s) => s.active);
  if (!context || starts.length === 0) return null;
  const other = side === 'left' ? 'right' : 'left';

  return (
    <div
      // In the pane's side padding, next to the divider between the panes.
      className={`pointer-events-none absolute inset-y-0 w-4 ${side === 'left' ? '-right-4.5 sm:-right-7' : '-left-4.5 sm:-left-7'}`}
      data-testid={`alignment-gutter-${side}`}
    >
      {starts.map((start, i) => {
        const box = boxes.get(start);
        const list = groups.get(start) ?? [];
        if (!box) return null;
        const lit = list.some((p) => p.key === hovered || p.key === active);
        const linked = list.every((p) => p.linked);
        const quote = list.some((p) => p.kind === 'quote');
        return (
          <div
            key={start}
            className="pointer-events-auto absolute"
            style={{ top: box.top, height: box.height }}
          >
            <Popover
              label={t('reader.alignment.cardLabel')}
              beside={side === 'left' ? 'before' : 'after'}
              trigger={(props) => (
                <MarkerButton
                  {...props}
                  pairs={list}
                  height={box.height}
                  label={t('reader.alignment.marker', {
                    n: i + 1,
                    count: starts.length,
                    pairs: list.length,
                    other,
                  })}
                  bar={
                    lit
                      ? 'w-1.5 bg-accent'
                      : linked
                        ? 'w-1 bg-accent/70'
                        : quote
                          ? 'w-1 bg-ink-2/45'
                          : 'w-0.5 bg-ink-2/35'
                  }
                />
              )}
            >
              {(close) => <PairCard side={side} pairs={list} close={close} />}
            </Popover>
          </div>
        );
      })}
    </div>
  );
}

/** Room kept between an opened card and the pane's edges. */
const CARD_MARGIN = 8;

/**
 * One marker. Opening its card makes the pair the active one, and first scrolls the pane just
 * enough for the whole card to show: left to the browser, focusing the card's first button
 * would scroll it into view by more, moving other paragraphs under a still pointer.
 */
function MarkerButton({
  pairs,
  height,
  label,
  bar,
  ...props
}: {
  'aria-expanded': boolean;
  'aria-controls': string;
  onClick: () => void;
  pairs: ShownPair[];
  height: number;
  label: string;
  /** The bar's width and colour. */
  bar: string;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const open = props['aria-expanded'];
  const first = pairs[0]?.key;
  const controls = props['aria-controls'];
  const { hover, openCard } = useAlignmentUi.getState();
  const cardOpen = useAlignmentUi((s) => s.card);
  // Before the card's own effect focuses it (layout effects run first).
  useLayoutEffect(() => {
    if (!open) return;
    openCard(first);
    const panel = document.getElementById(controls);
    const scroller = ref.current?.closest<HTMLElement>('[data-testid$="-scroll"]');
    if (panel && scroller) {
      const card = panel.getBoundingClientRect();
      const pane = scroller.getBoundingClientRect();
      const below = card.bottom - (pane.bottom - CARD_MARGIN);
      // Never so far that the card's top leaves the pane.
      const by = Math.min(below, card.top - (pane.top + CARD_MARGIN));
      if (below > 0 && by > 0) scroller.scrollBy({ top: by, behavior: 'instant' });
    }
    return () => openCard(undefined);
  }, [open, first, controls, openCard]);
  // While a card is open, pointing at other markers does not tint their pairs.
  const point = () => {
    if (!useAlignmentUi.getState().card) hover(first);
  };
  return (
    <button
      type="button"
      ref={ref}
      {...props}
      aria-label={label}
      data-aligned={pairs.map((p) => p.key).join(' ')}
      onPointerEnter={point}
      onPointerLeave={() => hover(undefined)}
      onFocus={point}
      onBlur={() => hover(undefined)}
      className="group flex w-4 justify-center rounded-sm focus-visible:outline-2 focus-visible:outline-accent"
      style={{ height }}
    >
      <span
        aria-hidden
        className={`block h-full rounded-full transition-[width,background-color] ${bar} ${cardOpen ? '' : 'group-hover:w-1.5 group-hover:bg-accent'}`}
      />
    </button>
  );
}
