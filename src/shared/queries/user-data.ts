import { useLiveQuery } from 'dexie-react-hooks';
import type { ArticleState, HighlightColor, Tag } from '@/domain/annotations/types';
import {
  InvalidInputError,
  classifyDbError,
  countHighlightsByArticle,
  countTagUsage,
  getDb,
  listAllHighlights,
  listArticleStates,
  listColors,
  listTags,
  type TagUsage,
} from '@/db';

/**
 * The user's own data, read live from IndexedDB (see docs/decisions/0002): each hook re-renders
 * when the data changes in this tab or another. `undefined` means "still loading".
 */

/** All tags, by name. */
export function useTags(): Tag[] | undefined {
  return useLiveQuery(() => listTags(getDb()), []);
}

/** Highlights and articles per tag id; every tag is present, unused ones with zeros. */
export function useTagUsage(): Record<string, TagUsage> | undefined {
  return useLiveQuery(() => countTagUsage(getDb()), []);
}

/** Saved article states by article id (articles never touched are absent). */
export function useArticleStates(): Record<string, ArticleState> | undefined {
  return useLiveQuery(async () => {
    const states = await listArticleStates(getDb());
    return Object.fromEntries(states.map((s) => [s.articleId, s]));
  }, []);
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

/** The highlight palette, in display order. */
export function useColors(): HighlightColor[] | undefined {
  return useLiveQuery(() => listColors(getDb()), []);
}

/** What to tell the user when a write failed: their own mistake, or a storage problem. */
export function writeErrorMessage(err: unknown): string {
  return err instanceof InvalidInputError ? err.message : classifyDbError(err).message;
}
