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
                data-highlight-ids={s.ids.join(' ')}
                data-overlap={s.ids.length > 1 ? '' : undefined}
                data-focused={focusedId && s.ids.includes(focusedId) ? '' : undefined}
                className={`swatch-${swatch.get(top) ?? 'yellow'}`}
              >
                {content}
              </mark>
            );
          })}
    </p>
  );
});
