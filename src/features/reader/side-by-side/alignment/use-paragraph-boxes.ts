import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Box {
  top: number;
  height: number;
}

/**
 * Where the paragraphs starting at `starts` are inside `content` (for markers drawn beside them,
 * positioned against `content`), measured again whenever the article's size changes (fonts,
 * text size, width).
 */
export function useParagraphBoxes(
  content: RefObject<HTMLElement | null>,
  starts: readonly number[],
): Map<number, Box> {
  const [boxes, setBoxes] = useState<Map<number, Box>>(() => new Map());
  const key = starts.join(',');
  useLayoutEffect(() => {
    const root = content.current;
    const article = root?.querySelector('[data-article-text]');
    if (!root || !article) return;
    const measure = () => {
      const origin = root.getBoundingClientRect().top;
      const next = new Map<number, Box>();
      for (const start of key ? key.split(',').map(Number) : []) {
        const p = article.querySelector<HTMLElement>(`[data-start="${start}"]`);
        if (!p) continue;
        const rect = p.getBoundingClientRect();
        if (rect.height === 0) continue;
        next.set(start, { top: rect.top - origin, height: rect.height });
      }
      setBoxes((old) => (sameBoxes(old, next) ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(article);
    return () => observer.disconnect();
  }, [content, key]);
  return boxes;
}

function sameBoxes(a: Map<number, Box>, b: Map<number, Box>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const o = b.get(k);
    if (!o || Math.abs(o.top - v.top) > 0.5 || Math.abs(o.height - v.height) > 0.5) return false;
  }
  return true;
}
