import { useEffect, useState, type RefObject } from 'react';
import { snapToWords, trimRange } from '@/domain/annotations/range';
import { selectionOffsets } from './text-offsets';

export interface TextSelection {
  start: number;
  end: number;
  /** Where the selection is on screen (viewport coordinates), to place the toolbar. */
  rect: { top: number; bottom: number; left: number; right: number };
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
        setSelection((prev) =>
          prev?.start === range.start && prev.end === range.end && prev.rect.top === box.top
            ? prev
            : {
                ...range,
                rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
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

/**
 * Shift+arrow keys select text in the article without a caret (Chromium has no caret in
 * read-only text unless caret browsing is on): the selection starts at the first paragraph
 * in view and grows by character, word (with Ctrl/Alt) or line.
 */
export function extendSelectionByKey(event: KeyboardEvent, root: HTMLElement): boolean {
  if (!event.shiftKey) return false;
  const keys: Record<string, ['forward' | 'backward', 'character' | 'word' | 'line']> = {
    ArrowRight: ['forward', event.ctrlKey || event.altKey ? 'word' : 'character'],
    ArrowLeft: ['backward', event.ctrlKey || event.altKey ? 'word' : 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line'],
  };
  const move = keys[event.key];
  const sel = document.getSelection();
  if (!move || !sel) return false;
  const inside = sel.rangeCount > 0 && root.contains(sel.anchorNode);
  if (!inside) {
    const paragraphs = Array.from(root.querySelectorAll<HTMLElement>('[data-start]'));
    const first = paragraphs.find((p) => p.getBoundingClientRect().bottom > 80) ?? paragraphs[0];
    const textNode = first && document.createTreeWalker(first, NodeFilter.SHOW_TEXT).nextNode();
    if (!textNode) return false;
    sel.collapse(textNode, 0);
  }
  sel.modify('extend', move[0], move[1]);
  return true;
}
