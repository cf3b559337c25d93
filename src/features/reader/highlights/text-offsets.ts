/**
 * The one place that maps the browser's Selection to article text offsets. Paragraph elements
 * carry `data-start` (their offset in the article text) and contain exactly their text; labels
 * come from CSS, so `Range.toString()` counts only article characters.
 */

function paragraphOf(node: Node, root: HTMLElement): HTMLElement | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const p = el?.closest<HTMLElement>('[data-start]') ?? null;
  return p && root.contains(p) ? p : null;
}

function offsetIn(p: HTMLElement, node: Node, offset: number): number {
  const r = document.createRange();
  r.setStart(p, 0);
  r.setEnd(node, offset);
  return Number(p.dataset.start) + r.toString().length;
}

/** The selected text range within `root`, clamped to the paragraphs it touches. */
export function selectionOffsets(
  selection: Selection | null,
  root: HTMLElement,
): { start: number; end: number } | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root))
    return undefined;
  const touched = Array.from(root.querySelectorAll<HTMLElement>('[data-start]')).filter((p) =>
    range.intersectsNode(p),
  );
  const first = touched[0];
  const last = touched.at(-1);
  if (!first || !last) return undefined;
  const startP = paragraphOf(range.startContainer, root);
  const endP = paragraphOf(range.endContainer, root);
  const start =
    startP === first
      ? offsetIn(first, range.startContainer, range.startOffset)
      : Number(first.dataset.start);
  const end =
    endP === last ? offsetIn(last, range.endContainer, range.endOffset) : Number(last.dataset.end);
  return start < end ? { start, end } : undefined;
}

/** A DOM Range for article offsets, for re-selecting text (e.g. after an undo). */
export function rangeForOffsets(root: HTMLElement, start: number, end: number): Range | undefined {
  const point = (offset: number): [Node, number] | undefined => {
    const ps = Array.from(root.querySelectorAll<HTMLElement>('[data-start]'));
    const p = ps.find(
      (el) => Number(el.dataset.start) <= offset && offset <= Number(el.dataset.end),
    );
    if (!p) return undefined;
    let left = offset - Number(p.dataset.start);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent?.length ?? 0;
      if (left <= len) return [n, left];
      left -= len;
    }
    return [p, p.childNodes.length];
  };
  const a = point(start);
  const b = point(end);
  if (!a || !b) return undefined;
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
