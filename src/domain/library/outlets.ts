/**
 * Outlets across the library: each article's resolved outlet (the reader's, else derived), the
 * outlets to filter by, and the filter itself. The library, notebook, search and Tags × articles
 * all group and filter through these, so an outlet means the same everywhere.
 */
import type { ArticleDetails } from '../annotations/types';
import { summaryOutlet } from '../article/details';
import { NO_OUTLET_KEY, outletKey } from '../article/outlets';
import type { ManifestEntry } from './manifest';

export { NO_OUTLET_KEY, outletKey };

/** The URL parameter of an outlet filter: `?outlet=infobae` (keys, comma-separated). */
export const OUTLET_PARAM = 'outlet';

export interface ArticleOutlet {
  /** `outletKey` of the outlet; `NO_OUTLET_KEY` when the article has none. */
  key: string;
  /** The outlet as shown for this article; undefined when it has none. */
  name?: string;
}

export interface OutletOption {
  key: string;
  /** The spelling most of its articles use; '' for "no outlet" (the interface names it). */
  name: string;
  count: number;
}

/** Saved details by article id (article states, or anything holding `details`). */
export type DetailsById = Readonly<Record<string, { details?: ArticleDetails } | undefined>>;

/** Every readable article's outlet, by article id, in one pass. */
export function articleOutlets(
  entries: readonly ManifestEntry[],
  states: DetailsById,
): Map<string, ArticleOutlet> {
  const outlets = new Map<string, ArticleOutlet>();
  // Many articles share an outlet: each spelling is keyed once (10,000 cards, a handful of names).
  const keys = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.summary) continue;
    const name = states[entry.id]?.details?.outlet || summaryOutlet(entry.summary);
    if (!name) {
      outlets.set(entry.id, { key: NO_OUTLET_KEY });
      continue;
    }
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = outletKey(name)));
    outlets.set(entry.id, key ? { key, name } : { key: NO_OUTLET_KEY });
  }
  return outlets;
}

/**
 * The outlets to choose from, by name (German collation), with how many articles each has;
 * "no outlet" last when some article has none.
 */
export function outletOptions(outlets: ReadonlyMap<string, ArticleOutlet>): OutletOption[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const { key, name } of outlets.values()) {
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(name ?? '', (counts.get(name ?? '') ?? 0) + 1);
    spellings.set(key, counts);
  }
  const options = [...spellings].map(([key, counts]) => {
    let name = '';
    let best = 0;
    let count = 0;
    for (const [spelling, n] of counts) {
      count += n;
      if (n > best) [name, best] = [spelling, n];
    }
    return { key, name: key === NO_OUTLET_KEY ? '' : name, count };
  });
  const none = options.filter((o) => o.key === NO_OUTLET_KEY);
  return [
    ...options
      .filter((o) => o.key !== NO_OUTLET_KEY)
      .sort((a, b) => a.name.localeCompare(b.name, 'de', { sensitivity: 'base' })),
    ...none,
  ];
}

/** Outlet keys in the URL (`?outlet=a,b` or `?outlet=a&outlet=b`), without blanks or repeats. */
export function readOutletParam(params: URLSearchParams): string[] {
  const keys = params
    .getAll(OUTLET_PARAM)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(keys)];
}

/** A copy of `params` with the outlet filter replaced (other parameters kept). */
export function withOutletParam(params: URLSearchParams, keys: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(OUTLET_PARAM);
  if (keys.length > 0) next.set(OUTLET_PARAM, keys.join(','));
  return next;
}

/** True when the article's outlet is one of `keys` (an empty filter matches everything). */
export function matchesOutlet(
  outlets: ReadonlyMap<string, ArticleOutlet>,
  articleId: string,
  keys: readonly string[],
): boolean {
  if (keys.length === 0) return true;
  return keys.includes(outlets.get(articleId)?.key ?? NO_OUTLET_KEY);
}
