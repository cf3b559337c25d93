import { useEffect, useState, type RefObject } from 'react';

interface CaretBox {
  top: number;
  left: number;
  height: number;
}

/** Where the collapsed selection inside `root` is drawn, or undefined when there is none to draw. */
function caretBox(root: HTMLElement): CaretBox | undefined {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !sel.focusNode) return undefined;
  if (!root.contains(sel.focusNode) || !root.contains(document.activeElement)) return undefined;
  const range = document.createRange();
  range.setStart(sel.focusNode, sel.focusOffset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height === 0) return undefined;
  return { top: rect.top, left: rect.left, height: rect.height };
}

/**
 * Draws the keyboard caret in the article text: read-only text has no visible caret in Chromium,
 * so this is a thin bar where the collapsed selection is, while the text has focus.
 */
export function KeyboardCaret({ root }: { root: RefObject<HTMLElement | null> }) {
  const [box, setBox] = useState<CaretBox>();
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const el = root.current;
        setBox(el ? caretBox(el) : undefined);
      });
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [root]);
  if (!box) return null;
  return (
    <span
      aria-hidden="true"
      data-testid="keyboard-caret"
      className="keyboard-caret pointer-events-none fixed z-30 w-0.5 rounded-full bg-ink"
      style={{ top: box.top, left: box.left - 1, height: box.height }}
    />
  );
}
