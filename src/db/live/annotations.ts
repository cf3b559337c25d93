import { useLiveQuery } from 'dexie-react-hooks';
import type { Highlight, HighlightColor, HighlightLink, Tag } from '@/domain/annotations/types';
import { listColors } from '../colors-repo';
import { getDb } from '../database';
import {
  countHighlightsByArticle,
  getHighlight,
  listAllHighlights,
  listHighlightsForArticle,
} from '../highlights-repo';
import { listAllLinks, listLinkedHighlights, type LinkedHighlight } from '../links-repo';
import { countTagUsage, listTags, type TagUsage } from '../tags-repo';

/**
 * What the user marked up, read live (docs/decisions/0002): each hook re-renders when the data
 * changes in this tab or another. `undefined` means "still loading".
 */

/** Every highlight, in no particular order. */
export function useAllHighlights(): Highlight[] | undefined {
  return useLiveQuery(() => listAllHighlights(getDb()), []);
}

/**
 * One article's highlights, oldest first; none for no article. `early` is a read made before
 * the first render (see early-highlights.ts), shown until the live query answers.
 */
export function useArticleHighlightRecords(
  articleId: string | undefined,
  early?: Highlight[],
): Highlight[] | undefined {
  return useLiveQuery(
    () => (articleId === undefined ? [] : listHighlightsForArticle(getDb(), articleId)),
    [articleId],
    early,
  );
}

/** One highlight (undefined while loading, null when there is none or no id). */
export function useHighlight(id: string | undefined): Highlight | null | undefined {
  return useLiveQuery(
    async () => (id === undefined ? null : ((await getHighlight(getDb(), id)) ?? null)),
    [id],
  );
}

/** Number of highlights per article id; articles without highlights are absent. */
export function useHighlightCounts(): Record<string, number> | undefined {
  return useLiveQuery(() => countHighlightsByArticle(getDb()), []);
}

/** The tag ids used by each article's highlights (articles without tagged highlights are absent). */
export function useHighlightTagsByArticle(): Record<string, string[]> | undefined {
  return useLiveQuery(async () => {
    const byArticle: Record<string, Set<string>> = {};
    for (const h of await listAllHighlights(getDb())) {
      if (h.tags.length === 0) continue;
      const set = (byArticle[h.articleId] ??= new Set());
      for (const t of h.tags) set.add(t);
    }
    return Object.fromEntries(Object.entries(byArticle).map(([id, set]) => [id, [...set]]));
  }, []);
}

/** Every link, oldest first. */
export function useAllLinks(): HighlightLink[] | undefined {
  return useLiveQuery(() => listAllLinks(getDb()), []);
}

/** A highlight's links, each with the highlight at its other end (undefined once deleted). */
export function useLinkedHighlights(highlightId: string): LinkedHighlight[] | undefined {
  return useLiveQuery(() => listLinkedHighlights(getDb(), highlightId), [highlightId]);
}

/** All tags, by name. */
export function useTags(): Tag[] | undefined {
  return useLiveQuery(() => listTags(getDb()), []);
}

/** Highlights and articles per tag id; every tag is present, unused ones with zeros. */
export function useTagUsage(): Record<string, TagUsage> | undefined {
  return useLiveQuery(() => countTagUsage(getDb()), []);
}

/** The highlight palette, in display order. */
export function useColors(): HighlightColor[] | undefined {
  return useLiveQuery(() => listColors(getDb()), []);
}
