import type { Highlight, HighlightColor, Tag } from '../annotations/types';
import { NO_OUTLET_KEY, outletOptions, type ArticleOutlet } from '../library/outlets';

export type NotebookGrouping = 'article' | 'tag' | 'color' | 'outlet';

const GROUPINGS: readonly NotebookGrouping[] = ['article', 'tag', 'color', 'outlet'];

export interface NotebookFilter {
  articles: string[];
  tags: string[];
  colors: string[];
}

export interface NotebookArticle {
  id: string;
  title: string;
}

export interface NotebookGroup {
  /**
   * The article, tag or colour id, or the outlet's `outletKey`; '' for the untagged highlights,
   * `NO_OUTLET_KEY` for those of articles with no outlet (the interface names both).
   */
  key: string;
  /** The article's title, the tag's name, the colour's label or the outlet's name; '' for the
   * untagged and the no-outlet group. */
  label: string;
  /** 'tag' groups carry the tag, 'color' groups the colour, for drawing a swatch. */
  swatch?: string;
  /** Set on the group of highlights with no tag, or from articles with no outlet. */
  missing?: 'tag' | 'outlet';
  highlights: Highlight[];
}

export const EMPTY_FILTER: NotebookFilter = { articles: [], tags: [], colors: [] };

/** A highlight passes when it matches every kind of filter that has a choice (any choice within a kind). */
export function matchesFilter(
  h: Highlight,
  f: NotebookFilter,
  articleTags?: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (f.articles.length > 0 && !f.articles.includes(h.articleId)) return false;
  if (f.colors.length > 0 && !f.colors.includes(h.colorId)) return false;
  if (f.tags.length > 0) {
    const own = h.tags;
    const inherited = articleTags?.get(h.articleId) ?? [];
    if (!f.tags.some((t) => own.includes(t) || inherited.includes(t))) return false;
  }
  return true;
}

/** Reading order within an article: by the position the highlight was made at. */
const byPosition = (a: Highlight, b: Highlight) =>
  a.target.position.start - b.target.position.start || a.createdAt.localeCompare(b.createdAt);

/**
 * Groups highlights for the notebook. Articles keep the order given (the library's); tags and
 * colours keep the user's order; a highlight with two tags appears under both; untagged
 * highlights are gathered last in a group with key and label '' (shown as "No tag").
 * Outlets are those of the library's outlet filter (`articleOutlets`: the reader's details over
 * the derived outlet), by name, each named as most of its articles spell it; highlights of
 * articles with no outlet (or none known) come last, in a group keyed `NO_OUTLET_KEY`.
 */
export function groupHighlights(
  highlights: readonly Highlight[],
  grouping: NotebookGrouping,
  context: {
    articles: readonly NotebookArticle[];
    tags: readonly Tag[];
    colors: readonly HighlightColor[];
    /** Each article's outlet (see `articleOutlets`); needed only to group by outlet. */
    outlets?: ReadonlyMap<string, ArticleOutlet>;
  },
): NotebookGroup[] {
  const articleOrder = new Map(context.articles.map((a, i) => [a.id, i]));
  const sorted = [...highlights].sort(
    (a, b) =>
      (articleOrder.get(a.articleId) ?? Infinity) - (articleOrder.get(b.articleId) ?? Infinity) ||
      a.articleId.localeCompare(b.articleId) ||
      byPosition(a, b),
  );
  const groups = new Map<string, NotebookGroup>();
  const add = (key: string, label: string, h: Highlight, swatch?: string) => {
    const g = groups.get(key) ?? { key, label, swatch, highlights: [] };
    g.highlights.push(h);
    groups.set(key, g);
  };
  if (grouping === 'article') {
    const titles = new Map(context.articles.map((a) => [a.id, a.title]));
    for (const h of sorted) add(h.articleId, titles.get(h.articleId) ?? h.articleId, h);
    return [...groups.values()];
  }
  if (grouping === 'color') {
    for (const c of [...context.colors].sort((a, b) => a.order - b.order)) {
      groups.set(c.id, { key: c.id, label: c.label, swatch: c.swatch, highlights: [] });
    }
    for (const h of sorted) add(h.colorId, h.colorId, h);
    return [...groups.values()].filter((g) => g.highlights.length > 0);
  }
  if (grouping === 'outlet') {
    const outlets = context.outlets ?? new Map<string, ArticleOutlet>();
    for (const o of outletOptions(outlets)) {
      if (o.key !== NO_OUTLET_KEY) groups.set(o.key, { key: o.key, label: o.name, highlights: [] });
    }
    const none: NotebookGroup = {
      key: NO_OUTLET_KEY,
      label: '',
      missing: 'outlet',
      highlights: [],
    };
    for (const h of sorted) {
      const key = outlets.get(h.articleId)?.key ?? NO_OUTLET_KEY;
      (groups.get(key) ?? none).highlights.push(h);
    }
    const named = [...groups.values()].filter((g) => g.highlights.length > 0);
    return none.highlights.length > 0 ? [...named, none] : named;
  }
  const tags = [...context.tags].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  for (const t of tags)
    groups.set(t.id, { key: t.id, label: t.name, swatch: t.color, highlights: [] });
  const known = new Set(tags.map((t) => t.id));
  for (const h of sorted) {
    const own = h.tags.filter((t) => known.has(t));
    if (own.length === 0) add('', '', h);
    for (const t of own) add(t, t, h);
  }
  const result = [...groups.values()].filter((g) => g.highlights.length > 0 && g.key !== '');
  const untagged = groups.get('');
  return untagged ? [...result, { ...untagged, missing: 'tag' }] : result;
}

export interface MatrixCell {
  tagId: string;
  articleId: string;
  count: number;
}

/**
 * The tag × article overview: for every tag, how many highlights in each article carry it.
 * Rows are tags that are used at all; columns are all articles.
 */
export function tagArticleMatrix(
  highlights: readonly Highlight[],
  tags: readonly Tag[],
  articles: readonly NotebookArticle[],
): { rows: Array<{ tag: Tag; cells: MatrixCell[]; total: number }>; max: number } {
  const counts = new Map<string, number>();
  for (const h of highlights) {
    for (const t of h.tags)
      counts.set(`${t}\u0000${h.articleId}`, (counts.get(`${t}\u0000${h.articleId}`) ?? 0) + 1);
  }
  let max = 0;
  const rows = [...tags]
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((tag) => {
      const cells = articles.map((a) => {
        const count = counts.get(`${tag.id}\u0000${a.id}`) ?? 0;
        max = Math.max(max, count);
        return { tagId: tag.id, articleId: a.id, count };
      });
      return { tag, cells, total: cells.reduce((n, c) => n + c.count, 0) };
    })
    .filter((r) => r.total > 0);
  return { rows, max };
}

/**
 * The other half of the overview: which articles carry each tag themselves (article tags, as the
 * library and notebook filters offer them). Rows are tags on at least one of `articles`.
 */
export function articleTagMatrix(
  articleTags: Readonly<Record<string, { tags: readonly string[] }>>,
  tags: readonly Tag[],
  articles: readonly NotebookArticle[],
): Array<{ tag: Tag; tagged: boolean[]; total: number }> {
  return [...tags]
    .sort((a, b) => a.name.localeCompare(b.name, 'de'))
    .map((tag) => {
      const tagged = articles.map((a) => articleTags[a.id]?.tags.includes(tag.id) ?? false);
      return { tag, tagged, total: tagged.filter(Boolean).length };
    })
    .filter((r) => r.total > 0);
}

/** Filters in the URL: `?group=tag&tag=a,b&article=x&color=y` (`group=outlet` groups by outlet). */
export function readNotebookParams(params: URLSearchParams): {
  grouping: NotebookGrouping;
  filter: NotebookFilter;
} {
  const list = (name: string) =>
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const g = params.get('group');
  return {
    grouping: GROUPINGS.find((known) => known === g) ?? 'article',
    filter: { articles: list('article'), tags: list('tag'), colors: list('color') },
  };
}

export function writeNotebookParams(
  grouping: NotebookGrouping,
  filter: NotebookFilter,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (grouping !== 'article') out.group = grouping;
  if (filter.articles.length) out.article = filter.articles.join(',');
  if (filter.tags.length) out.tag = filter.tags.join(',');
  if (filter.colors.length) out.color = filter.colors.join(',');
  return out;
}
