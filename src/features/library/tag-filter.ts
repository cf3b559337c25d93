import type { ArticleState } from '@/domain/annotations/types';

/**
 * The URL parameter that holds the library's tag filter, by name: `?tag=NATO&tag=Ukraine-Krieg`
 * (readable and shareable). Older links with ids (`?tag=<uuid>,<uuid>`) still work.
 */
export const TAG_PARAM = 'tag';

/** A copy of `params` with the tag filter replaced (other parameters, such as `sort`, kept). */
export function withTagFilter(params: URLSearchParams, ids: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(TAG_PARAM);
  for (const id of ids) next.append(TAG_PARAM, id);
  return next;
}

/** Adds `id` to the filter, or takes it off if it is there. */
export function toggleTag(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((t) => t !== id) : [...ids, id];
}

/** Tag ids that count for an article: its own tags and the tags of its highlights. */
export function tagsOfArticle(
  articleId: string,
  states: Readonly<Record<string, ArticleState>>,
  highlightTags: Readonly<Record<string, readonly string[]>>,
): Set<string> {
  return new Set([...(states[articleId]?.tags ?? []), ...(highlightTags[articleId] ?? [])]);
}

/** True when the article has every tag in the filter (an empty filter matches everything). */
export function matchesFilter(
  articleTags: ReadonlySet<string>,
  filter: readonly string[],
): boolean {
  return filter.every((id) => articleTags.has(id));
}

const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * The tag ids that count for every article that has any (see `tagsOfArticle`), in one pass over
 * the saved states and highlight tags: articles without tags cost nothing, so a library of
 * 10,000 articles does not build 10,000 sets.
 */
export function tagSetsByArticle(
  states: Readonly<Record<string, ArticleState>>,
  highlightTags: Readonly<Record<string, readonly string[]>>,
): Map<string, ReadonlySet<string>> {
  const sets = new Map<string, Set<string>>();
  const add = (articleId: string, ids: readonly string[]) => {
    if (ids.length === 0) return;
    let set = sets.get(articleId);
    if (!set) sets.set(articleId, (set = new Set()));
    for (const id of ids) set.add(id);
  };
  for (const [articleId, state] of Object.entries(states)) add(articleId, state.tags);
  for (const [articleId, ids] of Object.entries(highlightTags)) add(articleId, ids);
  return sets;
}

/** The tag ids of one article from `tagSetsByArticle` (an empty set when it has none). */
export function tagsIn(sets: ReadonlyMap<string, ReadonlySet<string>>, articleId: string) {
  return sets.get(articleId) ?? NO_TAGS;
}

/** Tag ids used by at least one of the listed articles. */
export function usedTagIds(
  articleIds: ReadonlySet<string>,
  sets: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const used = new Set<string>();
  for (const [articleId, set] of sets) {
    if (!articleIds.has(articleId)) continue;
    for (const id of set) used.add(id);
  }
  return used;
}
