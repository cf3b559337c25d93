import { useRef } from 'react';
import type { Highlight, HighlightColor, HighlightLink, Tag } from '@/domain/annotations/types';
import { listColors } from '../colors-repo';
import { DEFAULT_COLORS } from '../default-colors';
import {
  countHighlightsByArticle,
  getHighlight,
  listAllHighlights,
  listHighlightsForArticle,
} from '../highlights-repo';
import { listAllLinks, listLinkedHighlights, type LinkedHighlight } from '../links-repo';
import { countTagUsage, listTags, type TagUsage } from '../tags-repo';
import { useLive } from './use-live';

const none = <T>(): T[] => [];
const noRecords = <T>(): Record<string, T> => ({});

/**
 * What the user marked up, read live (docs/decisions/0002): each hook re-renders when the data
 * changes in this tab or another. `undefined` means "still loading".
 */

/** Every highlight, in no particular order. */
export function useAllHighlights(): Highlight[] | undefined {
  return useLive((db) => listAllHighlights(db), [], none);
}

/**
 * One article's highlights, oldest first; none for no article. `early` is a read made before
 * the first render (see early-highlights.ts), shown until the live query answers. Its first
 * answer is usually the same records: it then answers with `early` itself, so the reader
 * neither anchors nor draws them again, and the records are held once, not twice (benchmark
 * row 4: 5,000 highlights).
 */
export function useArticleHighlightRecords(
  articleId: string | undefined,
  early?: Highlight[],
): Highlight[] | undefined {
  const unconfirmed = useRef(early);
  return useLive(
    async (db) => {
      if (articleId === undefined) return [];
      const rows = await listHighlightsForArticle(db, articleId);
      const shown = unconfirmed.current;
      unconfirmed.current = undefined;
      return shown !== undefined && samePlainData(shown, rows) ? shown : rows;
    },
    [articleId],
    none,
    early,
  );
}

/** Whether two values read from IndexedDB (plain objects, arrays, strings, numbers…) are equal. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false;
    return true;
  }
  // Only plain objects below: a Date or a Map has no keys of its own to compare.
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && samePlainData(a[k], b[k]));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** One highlight (undefined while loading, null when there is none or no id). */
export function useHighlight(id: string | undefined): Highlight | null | undefined {
  return useLive(
    async (db) => (id === undefined ? null : ((await getHighlight(db, id)) ?? null)),
    [id],
    () => null,
  );
}

/** Number of highlights per article id; articles without highlights are absent. */
export function useHighlightCounts(): Record<string, number> | undefined {
  return useLive((db) => countHighlightsByArticle(db), [], noRecords);
}

/** The tag ids used by each article's highlights (articles without tagged highlights are absent). */
export function useHighlightTagsByArticle(): Record<string, string[]> | undefined {
  return useLive(
    async (db) => {
      const byArticle: Record<string, Set<string>> = {};
      for (const h of await listAllHighlights(db)) {
        if (h.tags.length === 0) continue;
        const set = (byArticle[h.articleId] ??= new Set());
        for (const t of h.tags) set.add(t);
      }
      return Object.fromEntries(Object.entries(byArticle).map(([id, set]) => [id, [...set]]));
    },
    [],
    noRecords,
  );
}

/** Every link, oldest first. */
export function useAllLinks(): HighlightLink[] | undefined {
  return useLive((db) => listAllLinks(db), [], none);
}

/** A highlight's links, each with the highlight at its other end (undefined once deleted). */
export function useLinkedHighlights(highlightId: string): LinkedHighlight[] | undefined {
  return useLive((db) => listLinkedHighlights(db, highlightId), [highlightId], none);
}

/** All tags, by name. */
export function useTags(): Tag[] | undefined {
  return useLive((db) => listTags(db), [], none);
}

/** Highlights and articles per tag id; every tag is present, unused ones with zeros. */
export function useTagUsage(): Record<string, TagUsage> | undefined {
  return useLive((db) => countTagUsage(db), [], noRecords);
}

/** The highlight palette, in display order. */
export function useColors(): HighlightColor[] | undefined {
  return useLive(
    (db) => listColors(db),
    [],
    () => [...DEFAULT_COLORS],
  );
}
