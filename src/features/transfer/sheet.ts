import type { ArticleState, Highlight, HighlightColor, Tag } from '@/domain/annotations/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import type { SheetArticle, SheetInput } from '@/domain/transfer';

export type SheetScope =
  { kind: 'all' } | { kind: 'article'; id: string } | { kind: 'tag'; id: string };

/** Gathers what a Markdown study sheet shows for a scope: articles in library order, highlights in reading order. */
export function buildSheet(input: {
  scope: SheetScope;
  entries: ManifestEntry[];
  highlights: Highlight[];
  states: ArticleState[];
  tags: Tag[];
  colors: HighlightColor[];
  now: Date;
}): SheetInput {
  const { scope, entries, highlights, states, tags, colors, now } = input;
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  const colorLabel = new Map(colors.map((c) => [c.id, c.label]));
  const stateOf = new Map(states.map((s) => [s.articleId, s]));
  const picked = highlights.filter((h) =>
    scope.kind === 'article'
      ? h.articleId === scope.id
      : scope.kind === 'tag'
        ? h.tags.includes(scope.id)
        : true,
  );
  const articles: SheetArticle[] = entries
    .filter((e) => e.summary && (scope.kind !== 'article' || e.id === scope.id))
    .map((e) => {
      const state = stateOf.get(e.id);
      return {
        id: e.id,
        title: e.summary?.title ?? e.file,
        source: e.summary?.source,
        date: e.summary?.date,
        note: state?.note || undefined,
        tags: state?.tags.map((t) => tagName.get(t) ?? t),
        highlights: picked
          .filter((h) => h.articleId === e.id)
          .sort((a, b) => a.target.position.start - b.target.position.start)
          .map((h) => ({
            quote: h.target.quote.exact,
            note: h.note,
            tags: h.tags.map((t) => tagName.get(t) ?? t),
            colorLabel: colorLabel.get(h.colorId) ?? '',
          })),
      };
    })
    .filter(
      (a) =>
        a.highlights.length > 0 ||
        (scope.kind === 'article' && a.id === scope.id) ||
        (scope.kind === 'all' && a.note),
    );
  const title =
    scope.kind === 'tag'
      ? `Study sheet: ${tagName.get(scope.id) ?? scope.id}`
      : scope.kind === 'article'
        ? `Study sheet: ${articles[0]?.title ?? scope.id}`
        : 'Study sheet: all highlights';
  return { title, articles, generatedAt: now };
}
