import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type RefObject,
} from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useT } from '@/shared/i18n';
import { LIFT_WHILE_OPEN, type ArticleListProps } from './article-list';

/** A card is about this tall on a wide screen; the real height is measured once it is drawn. */
const ESTIMATED_CARD_HEIGHT = 190;
/** The space between cards (Tailwind's gap-3). */
const GAP = 12;
/**
 * Cards drawn beyond each edge of the window. Tab moves into the next card, the browser scrolls
 * it into view, and the list draws the ones after it before the next key press: the next card
 * is always in the DOM when focus leaves the current one.
 */
const OVERSCAN = 4;

/** Where the list starts in the document: the virtualiser counts window scrolling from there. */
function useOffsetTop(ref: RefObject<HTMLElement | null>) {
  const [top, setTop] = useState(0);
  // After every render: the filter bar or a message above the list may have changed its height.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- setTop bails out when nothing moved
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setTop(Math.round(el.getBoundingClientRect().top + window.scrollY));
  });
  return top;
}

/**
 * Only the cards near the window are in the DOM; the page itself scrolls, as with the plain list.
 * Each item keeps its place in the set for screen readers (`aria-setsize`, `aria-posinset`), and
 * the card that holds focus stays drawn when it is scrolled away, so focus (and an open menu) is
 * never dropped.
 */
export function VirtualArticleList({ entries, renderCard }: ArticleListProps) {
  const list = useRef<HTMLUListElement>(null);
  const scrollMargin = useOffsetTop(list);
  const [focused, setFocused] = useState<number>();

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused === undefined || focused >= range.count || indexes.includes(focused)) {
        return indexes;
      }
      return focused < (indexes[0] ?? 0) ? [focused, ...indexes] : [...indexes, focused];
    },
    [focused],
  );

  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    gap: GAP,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
    getItemKey: (index) => entries[index]?.id ?? index,
  });

  const t = useT();
  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (item) setFocused(Number(item.dataset.index));
  };
  const onBlur = (e: FocusEvent<HTMLUListElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(undefined);
  };

  return (
    <ul
      ref={list}
      aria-label={t('library.list.label')}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const entry = entries[item.index];
        if (!entry) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={entries.length}
            aria-posinset={item.index + 1}
            className={`absolute inset-x-0 top-0 ${LIFT_WHILE_OPEN}`}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {renderCard(entry)}
          </li>
        );
      })}
    </ul>
  );
}
