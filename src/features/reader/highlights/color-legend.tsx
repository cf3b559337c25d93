import { useState } from 'react';
import type { HighlightColor } from '@/domain/annotations/types';
import { ColorMeaningField } from '@/shared/ui/color-meaning-field';
import { useT } from '@/shared/i18n';
import { useColorLabel } from '@/shared/ui/color-label';

interface ColorLegendProps {
  colors: HighlightColor[];
  counts: Record<string, number>;
  /** Colour ids the list is filtered to; none means all. */
  active: string[];
  onToggle: (id: string) => void;
}

/** What each colour means, how often it is used here; a filter, and a place to rename meanings. */
export function ColorLegend({ colors, counts, active, onToggle }: ColorLegendProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const [renaming, setRenaming] = useState(false);
  return (
    <section aria-labelledby="legend-heading">
      <div className="mb-1.5 flex items-center justify-between">
        <h3
          id="legend-heading"
          className="text-xs font-semibold tracking-wide text-muted uppercase"
        >
          {t('reader.legend.heading')}
        </h3>
        <button
          type="button"
          className="rounded px-1 text-xs text-accent hover:underline"
          aria-expanded={renaming}
          onClick={() => setRenaming((r) => !r)}
        >
          {renaming ? t('reader.legend.done') : t('reader.legend.rename')}
        </button>
      </div>
      {renaming ? (
        <ul className="space-y-1.5 pr-1">
          {colors.map((c, i) => (
            <li key={c.id} className={`swatch-${c.swatch} flex items-start gap-2`}>
              <span
                aria-hidden="true"
                className="mt-2 h-4 w-4 shrink-0 rounded-full bg-[var(--hl-color)]"
              />
              <ColorMeaningField color={c} index={i} compact />
            </li>
          ))}
        </ul>
      ) : (
        <ul className="flex flex-wrap gap-1.5" aria-label={t('reader.legend.filter')}>
          {colors.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                aria-pressed={active.includes(c.id)}
                onClick={() => onToggle(c.id)}
                title={t('reader.legend.key', { key: i + 1 })}
                className={`swatch-${c.swatch} flex items-center gap-1.5 rounded-full border border-line px-2 py-0.5 text-xs text-ink-2 hover:bg-surface-2 aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-ink`}
              >
                <span aria-hidden="true" className="h-3 w-3 rounded-full bg-[var(--hl-color)]" />
                {colorLabel(c)}
                <span className="tabular-nums text-muted">{counts[c.id] ?? 0}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
