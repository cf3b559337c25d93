import { useLayoutEffect, useRef, useState } from 'react';
import type { HighlightColor } from '@/domain/annotations/types';
import { Icon } from '@/shared/ui/icons';
import { leftWithinScreen, SCREEN_MARGIN } from '@/shared/ui/within-screen';
import { useT } from '@/shared/i18n';
import { useColorLabel } from '@/shared/ui/color-label';
import type { TextSelection } from './use-text-selection';

interface SelectionToolbarProps {
  selection: TextSelection;
  colors: HighlightColor[];
  currentColorId: string;
  onHighlight: (color: HighlightColor, then?: 'note' | 'tag') => void;
}

/** The toolbar's size until it is measured (English, five colours). */
const WIDTH = 300;
const HEIGHT = 44;

/**
 * The small toolbar by a selection: one button per colour (with its meaning), then "Note" and
 * "Tag", which highlight in the current colour and open the note or tags. It sits in the tab
 * order right after the article text, so keyboard users reach it with Tab.
 */
export function SelectionToolbar({
  selection,
  colors,
  currentColorId,
  onHighlight,
}: SelectionToolbarProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const { rect } = selection;
  // Its own size, measured before it is painted: German words and added colours make it wider
  // than English with five, and on a phone it was pushed past the screen's right edge.
  const bar = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: WIDTH, height: HEIGHT });
  useLayoutEffect(() => {
    const el = bar.current;
    if (el && (el.offsetWidth !== size.width || el.offsetHeight !== size.height))
      setSize({ width: el.offsetWidth, height: el.offsetHeight });
  }, [size, colors, t]);
  const { width, height } = size;
  const above = rect.top > 120;
  // A selection scrolled out of view keeps its toolbar at the edge of the text's area, never
  // over the top bar or off the window.
  const top = Math.min(
    Math.max(above ? rect.top - height - 8 : rect.bottom + 10, selection.areaTop + 8),
    window.innerHeight - height - SCREEN_MARGIN,
  );
  const left = leftWithinScreen((rect.left + rect.right) / 2 - width / 2, width, window.innerWidth);
  const current = colors.find((c) => c.id === currentColorId) ?? colors[0];
  return (
    <div
      ref={bar}
      role="toolbar"
      aria-label={t('reader.toolbar.label')}
      // Narrower than the screen, wrapping onto a second row on the narrowest ones.
      className="fixed z-40 flex max-w-[calc(100vw-1rem)] flex-wrap items-center gap-1 rounded-xl border border-line bg-surface p-1.5 font-sans shadow-xl shadow-black/15"
      style={{ top, left }}
      // Keep the selection when the toolbar is clicked.
      onMouseDown={(e) => e.preventDefault()}
    >
      {colors.map((c, i) => (
        <button
          key={c.id}
          type="button"
          aria-label={t('reader.toolbar.colour', { label: colorLabel(c), key: i + 1 })}
          title={`${colorLabel(c)} (${i + 1})`}
          onClick={() => onHighlight(c)}
          className={`swatch-${c.swatch} grid h-8 w-8 place-items-center rounded-lg hover:bg-surface-2`}
        >
          <span
            aria-hidden="true"
            className={`h-5 w-5 rounded-full border border-black/10 bg-[var(--hl-color)] ${
              c.id === current?.id ? 'ring-2 ring-accent ring-offset-1 ring-offset-surface' : ''
            }`}
          />
        </button>
      ))}
      <span aria-hidden="true" className="mx-0.5 h-6 w-px bg-line" />
      {current && (
        <>
          <button
            type="button"
            onClick={() => onHighlight(current, 'note')}
            className="flex h-8 items-center gap-1 rounded-lg px-2 text-sm text-ink hover:bg-surface-2"
          >
            <Icon name="file" />
            <span className="max-sm:sr-only">{t('reader.toolbar.note')}</span>
          </button>
          <button
            type="button"
            onClick={() => onHighlight(current, 'tag')}
            className="flex h-8 items-center gap-1 rounded-lg px-2 text-sm text-ink hover:bg-surface-2"
          >
            <span aria-hidden="true">#</span>
            <span className="max-sm:sr-only">{t('reader.toolbar.tag')}</span>
          </button>
        </>
      )}
    </div>
  );
}
