import { memo } from 'react';
import type { Paragraph } from '@/domain/article/types';
import { segmentParagraph } from '@/domain/segments';

export interface MarkRange {
  id: string;
  start: number;
  end: number;
  /** Palette key of the highlight's colour. */
  swatch: string;
}

interface ParagraphTextProps {
  paragraph: Paragraph;
  text: string;
  marks: MarkRange[];
  focusedId?: string;
  lang?: string;
  className?: string;
  /** A label shown before the text by CSS, so it never becomes part of a selection. */
  label?: string;
}

/**
 * Puts `data-highlight-ids` on a mark from the DOM side: as a prop, React would keep each mark's
 * joined list of ids as well (4 MB with 5,000 overlapping highlights; benchmark row 4).
 */
const highlightIdsRef = (ids: string[]) => (el: HTMLElement | null) => {
  el?.setAttribute('data-highlight-ids', ids.join(' '));
};

/** One class name string per colour, shared by every mark of it. */
const swatchClasses = new Map<string, string>();
const swatchClass = (swatch = 'yellow') => {
  let name = swatchClasses.get(swatch);
  if (name === undefined) swatchClasses.set(swatch, (name = `swatch-${swatch}`));
  return name;
};

/**
 * One paragraph, split into runs by the highlights covering it. Each highlighted run is a
 * `<mark>` listing the ids of every highlight on it, drawn in the colour of the newest.
 */
export const ParagraphText = memo(function ParagraphText(props: ParagraphTextProps) {
  const { paragraph, text, marks, focusedId, lang, className, label } = props;
  const swatch = new Map(marks.map((m) => [m.id, m.swatch]));
  const segments = marks.length > 0 ? segmentParagraph(paragraph, marks) : [];
  return (
    <p
      data-start={paragraph.start}
      data-end={paragraph.end}
      data-label={label}
      lang={lang}
      className={className}
    >
      {marks.length === 0
        ? text.slice(paragraph.start, paragraph.end)
        : segments.map((s) => {
            const content = text.slice(s.start, s.end);
            if (s.ids.length === 0) return content;
            const top = s.ids.at(-1) ?? '';
            return (
              <mark
                key={s.start}
                ref={highlightIdsRef(s.ids)}
                data-overlap={s.ids.length > 1 ? '' : undefined}
                data-focused={focusedId && s.ids.includes(focusedId) ? '' : undefined}
                className={swatchClass(swatch.get(top))}
              >
                {content}
              </mark>
            );
          })}
    </p>
  );
});
