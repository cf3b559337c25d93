import type { ArticleState } from '@/domain/annotations/types';

/** The URL parameter that holds the library's tag filter: `?tag=a&tag=b` or `?tag=a,b`. */
export const TAG_PARAM = 'tag';

/** Tag ids in the URL, in order, without blanks or repeats. */
export function parseTagFilter(params: URLSearchParams): string[] {
  const ids = params
    .getAll(TAG_PARAM)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(ids)];
}

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
