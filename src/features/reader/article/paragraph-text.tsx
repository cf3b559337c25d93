import { memo, useLayoutEffect, useRef } from 'react';
import type { Paragraph } from '@/domain/article/types';
import { segmentParagraph, type Segment } from '@/domain/segments';

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

/** One class name string per colour, shared by every mark of it. */
const swatchClasses = new Map<string, string>();
const swatchClass = (swatch = 'yellow') => {
  let name = swatchClasses.get(swatch);
  if (name === undefined) swatchClasses.set(swatch, (name = `swatch-${swatch}`));
  return name;
};

/**
 * One paragraph, split into runs by the highlights covering it. Each highlighted run is a
 * `<mark>` listing the ids of every highlight on it (`data-highlight-ids`), drawn in the colour
 * of the newest, with `data-overlap` where there are several and `data-focused` on the focused
 * highlight's runs.
 *
 * Without highlights React renders the text. With them, the runs are drawn from the DOM side
 * (`drawRuns`), before the browser paints: as React elements, 5,000 overlapping highlights made
 * 2,300 marks, each with two fibers and their props, which took longer to create and commit than
 * the article without highlights took to open (benchmark row 4). Runs that stay the same keep
 * their nodes, so a selection or caret in them survives a new highlight elsewhere in the
 * paragraph.
 */
export const ParagraphText = memo(function ParagraphText(props: ParagraphTextProps) {
  const { paragraph, text, marks, focusedId, lang, className, label } = props;
  const ref = useRef<HTMLParagraphElement>(null);
  const drawn = useRef<Drawn>(NOTHING_DRAWN);
  const plain = marks.length === 0;
  useLayoutEffect(() => {
    const p = ref.current;
    if (!p) return;
    // Without marks React has set the paragraph's text, replacing any runs drawn before.
    drawn.current = plain
      ? NOTHING_DRAWN
      : drawRuns(p, drawn.current, segmentParagraph(paragraph, marks), text, marks, focusedId);
  }, [plain, paragraph, text, marks, focusedId]);
  return (
    <p
      ref={ref}
      data-start={paragraph.start}
      data-end={paragraph.end}
      data-label={label}
      lang={lang}
      className={className}
    >
      {plain ? text.slice(paragraph.start, paragraph.end) : undefined}
    </p>
  );
});

/** A run in the paragraph: its node (a Text, or a <mark> holding one) and its highlights. */
interface Run {
  start: number;
  end: number;
  node: ChildNode;
  /** A <mark> (highlighted), or plain text. */
  marked: boolean;
}

interface Drawn {
  /** The article text the runs were cut from. */
  text: string | undefined;
  runs: Run[];
}

const NOTHING_DRAWN: Drawn = { text: undefined, runs: [] };

/**
 * Makes `p` hold `segments`, reusing the nodes of runs drawn before with the same bounds (and
 * text): they stay in place, others are inserted before them or removed. Returns what is drawn.
 */
function drawRuns(
  p: HTMLElement,
  before: Drawn,
  segments: readonly Segment[],
  text: string,
  marks: readonly MarkRange[],
  focusedId: string | undefined,
): Drawn {
  const old = before.text === text ? before.runs : [];
  if (old !== before.runs) before.runs.forEach((run) => run.node.remove());
  // React left text of its own when the paragraph had no marks: the runs replace it. Drawn anew,
  // they are put together outside the document and go in at once (one change for the page's
  // mutation observers instead of one per node: 4,600 for 5,000 highlights, benchmark row 4).
  const fresh = old.length === 0 ? document.createDocumentFragment() : undefined;
  if (fresh) p.textContent = '';
  const into: Node = fresh ?? p;
  let swatches: Map<string, string> | undefined;
  const swatchOf = (id: string) => {
    swatches ??= new Map(marks.map((m) => [m.id, m.swatch]));
    return swatchClass(swatches.get(id));
  };
  const runs: Run[] = [];
  let k = 0;
  for (const s of segments) {
    while (k < old.length && (old[k]?.start ?? 0) < s.start) old[k++]?.node.remove();
    const o = old[k];
    const marked = s.ids.length > 0;
    if (o && o.start === s.start && o.end === s.end && o.marked === marked) {
      k++;
      if (marked && o.node instanceof HTMLElement) dressMark(o.node, s.ids, swatchOf, focusedId);
      runs.push(o);
      continue;
    }
    const content = document.createTextNode(text.slice(s.start, s.end));
    let node: ChildNode = content;
    if (marked) {
      const mark = document.createElement('mark');
      mark.className = swatchOf(s.ids[s.ids.length - 1] ?? '');
      mark.setAttribute('data-highlight-ids', s.ids.join(' '));
      if (s.ids.length > 1) mark.setAttribute('data-overlap', '');
      if (focusedId !== undefined && s.ids.includes(focusedId)) {
        mark.setAttribute('data-focused', '');
      }
      mark.append(content);
      node = mark;
    }
    into.insertBefore(node, o?.node ?? null);
    runs.push({ start: s.start, end: s.end, node, marked });
  }
  while (k < old.length) old[k++]?.node.remove();
  if (fresh) p.append(fresh);
  return { text, runs };
}

/** Updates a mark drawn before for the highlights on it now, touching only what changes. */
function dressMark(
  mark: HTMLElement,
  ids: readonly string[],
  swatchOf: (id: string) => string,
  focusedId: string | undefined,
) {
  const idList = ids.join(' ');
  if (mark.getAttribute('data-highlight-ids') !== idList) {
    mark.setAttribute('data-highlight-ids', idList);
  }
  const className = swatchOf(ids[ids.length - 1] ?? '');
  if (mark.className !== className) mark.className = className;
  toggle(mark, 'data-overlap', ids.length > 1);
  toggle(mark, 'data-focused', focusedId !== undefined && ids.includes(focusedId));
}

function toggle(el: HTMLElement, name: string, on: boolean) {
  if (on !== el.hasAttribute(name)) el.toggleAttribute(name, on);
}
