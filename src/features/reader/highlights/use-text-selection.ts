import { useEffect, useState, type RefObject } from 'react';
import { snapToWords, trimRange } from '@/domain/annotations/range';
import { selectionOffsets } from './text-offsets';

export interface TextSelection {
  start: number;
  end: number;
  /** Where the selection is on screen (viewport coordinates), to place the toolbar. */
  rect: { top: number; bottom: number; left: number; right: number };
  /** The top of the area the text shows in (its pane, or below the top bar), in the viewport. */
  areaTop: number;
}

/** The top of the area `el` shows in: its pane's, or the bottom of the page's top bar. */
function visibleTop(el: HTMLElement): number {
  const scroller = scrollParent(el);
  if (scroller) return scroller.getBoundingClientRect().top;
  return document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
}

/** The selection inside `root` right now, trimmed and snapped to whole words. */
export function readSelection(
  root: HTMLElement,
  text: string,
): { start: number; end: number } | undefined {
  const raw = selectionOffsets(document.getSelection(), root);
  const trimmed = raw && trimRange(text, raw.start, raw.end);
  return trimmed && snapToWords(text, trimmed.start, trimmed.end);
}

/** The user's current selection inside `root`, as article offsets; undefined when there is none. */
export function useTextSelection(
  root: RefObject<HTMLElement | null>,
  text: string,
): TextSelection | undefined {
  const [selection, setSelection] = useState<TextSelection>();
  useEffect(() => {
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const el = root.current;
        const sel = document.getSelection();
        const range = el ? readSelection(el, text) : undefined;
        if (!range || !sel || sel.rangeCount === 0) {
          setSelection(undefined);
          return;
        }
        const box = sel.getRangeAt(0).getBoundingClientRect();
        const areaTop = el ? visibleTop(el) : 0;
        setSelection((prev) =>
          prev?.start === range.start &&
          prev.end === range.end &&
          prev.rect.top === box.top &&
          prev.areaTop === areaTop
            ? prev
            : {
                ...range,
                rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
                areaTop,
              },
        );
      });
    };
    document.addEventListener('selectionchange', read);
    window.addEventListener('scroll', read, { capture: true, passive: true });
    window.addEventListener('resize', read);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', read);
      window.removeEventListener('scroll', read, { capture: true });
      window.removeEventListener('resize', read);
    };
  }, [root, text]);
  return selection;
}

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'paragraph';

/** What a key does to the caret: a direction and how far, or a jump to the text's start/end. */
function stepFor(event: KeyboardEvent): [Direction, Granularity | 'page' | 'text'] | undefined {
  const ctrl = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowRight':
      return ['forward', ctrl ? 'word' : 'character'];
    case 'ArrowLeft':
      return ['backward', ctrl ? 'word' : 'character'];
    case 'ArrowDown':
      return ['forward', ctrl ? 'paragraph' : 'line'];
    case 'ArrowUp':
      return ['backward', ctrl ? 'paragraph' : 'line'];
    case 'Home':
      return ['backward', ctrl ? 'text' : 'lineboundary'];
    case 'End':
      return ['forward', ctrl ? 'text' : 'lineboundary'];
    case 'PageDown':
      return ['forward', 'page'];
    case 'PageUp':
      return ['backward', 'page'];
    default:
      return undefined;
  }
}

/** The element that scrolls `el` (a side-by-side pane), or undefined for the window. */
export function scrollParent(el: HTMLElement): HTMLElement | undefined {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return undefined;
}

/** A caret at the start of the first paragraph in view. */
function caretInView(root: HTMLElement, sel: Selection): boolean {
  const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('[data-start]'));
  const first = paragraphs.find((p) => p.getBoundingClientRect().bottom > 80) ?? paragraphs[0];
  const textNode = first && document.createTreeWalker(first, NodeFilter.SHOW_TEXT).nextNode();
  if (!textNode) return false;
  sel.collapse(textNode, 0);
  return true;
}

/** The first or last text position in `root`. */
function textEdge(root: HTMLElement, end: boolean): [Node, number] | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let first: Node | null = null;
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    first ??= n;
    last = n;
  }
  if (end) return last ? [last, last.textContent?.length ?? 0] : undefined;
  return first ? [first, 0] : undefined;
}

/** Scrolls the caret (the selection's focus end) into view, within the pane or the window. */
export function revealCaret(root: HTMLElement, sel: Selection) {
  if (!sel.focusNode) return;
  const range = document.createRange();
  range.setStart(sel.focusNode, sel.focusOffset);
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const scroller = scrollParent(root);
  const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  // Below the top bar (about 4rem) when the window scrolls.
  const top = view.top + (scroller ? 16 : 80);
  const bottom = view.bottom - 24;
  const delta = box.top < top ? box.top - top : box.bottom > bottom ? box.bottom - bottom : 0;
  if (delta === 0) return;
  if (scroller) scroller.scrollTop += delta;
  else window.scrollBy(0, delta);
}

/**
 * A caret for the keyboard in the article text (Chromium has none in read-only text unless caret
 * browsing is on): arrows, Ctrl+arrows, Home/End, Ctrl+Home/End and Page Up/Down move it, and
 * with Shift they select from it. Without a caret yet, it starts at the first paragraph in view.
 * Returns whether the key was handled.
 */
export function moveCaretByKey(event: KeyboardEvent, root: HTMLElement): boolean {
  if (event.metaKey) return false;
  const step = stepFor(event);
  const sel = document.getSelection();
  if (!step || !sel) return false;
  const alter = event.shiftKey ? 'extend' : 'move';
  const inside = sel.rangeCount > 0 && root.contains(sel.anchorNode);
  if (!inside && !caretInView(root, sel)) return false;
  const [direction, size] = step;
  if (size === 'text') {
    const edge = textEdge(root, direction === 'forward');
    if (!edge) return false;
    if (alter === 'extend') sel.extend(...edge);
    else sel.collapse(...edge);
  } else if (size === 'page') {
    const scroller = scrollParent(root);
    const height = scroller?.clientHeight ?? window.innerHeight;
    const line = parseFloat(getComputedStyle(root).lineHeight) || 28;
    const lines = Math.max(1, Math.floor(height / line) - 2);
    for (let i = 0; i < lines; i++) sel.modify(alter, direction, 'line');
  } else {
    // A caret that reaches the end of the text stays there (modify can leave `root`).
    const before: [Node | null, number] = [sel.focusNode, sel.focusOffset];
    sel.modify(alter, direction, size);
    if (!root.contains(sel.focusNode) && before[0]) {
      if (alter === 'extend') sel.extend(before[0], before[1]);
      else sel.collapse(before[0], before[1]);
    }
  }
  revealCaret(root, sel);
  return true;
}
