import type { HighlightColor } from '@/domain/annotations/types';
import { Icon } from '@/shared/ui/icons';
import { useT } from '@/shared/i18n';
import { useColorLabel } from '@/shared/ui/color-label';
import type { TextSelection } from './use-text-selection';

interface SelectionToolbarProps {
  selection: TextSelection;
  colors: HighlightColor[];
  currentColorId: string;
  onHighlight: (color: HighlightColor, then?: 'note' | 'tag') => void;
}

const WIDTH = 300;

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
  const above = rect.top > 120;
  // A selection scrolled out of view keeps its toolbar at the edge of the text's area, never
  // over the top bar or off the window.
  const top = Math.min(
    Math.max(above ? rect.top - 52 : rect.bottom + 10, selection.areaTop + 8),
    window.innerHeight - 56,
  );
  const left = Math.min(
    Math.max(8, (rect.left + rect.right) / 2 - WIDTH / 2),
    window.innerWidth - WIDTH - 8,
  );
  const current = colors.find((c) => c.id === currentColorId) ?? colors[0];
  return (
    <div
      role="toolbar"
      aria-label={t('reader.toolbar.label')}
      className="fixed z-40 flex items-center gap-1 rounded-xl border border-line bg-surface p-1.5 font-sans shadow-xl shadow-black/15"
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
            {t('reader.toolbar.note')}
          </button>
          <button
            type="button"
            onClick={() => onHighlight(current, 'tag')}
            className="flex h-8 items-center gap-1 rounded-lg px-2 text-sm text-ink hover:bg-surface-2"
          >
            <span aria-hidden="true">#</span>
            {t('reader.toolbar.tag')}
          </button>
        </>
      )}
    </div>
  );
}
