import { linksByHighlight, partnerOf, relationKey } from '@/domain/annotations/links';
import type {
  ArticleState,
  Highlight,
  HighlightColor,
  HighlightLink,
  Tag,
} from '@/domain/annotations/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { resolveDetails } from '@/domain/article/details';
import type { SheetArticle, SheetInput, SheetLabels, SheetLink } from '@/domain/transfer';
import type { Translate } from '@/shared/i18n';

export type SheetScope =
  { kind: 'all' } | { kind: 'article'; id: string } | { kind: 'tag'; id: string };

/** A study sheet's own words in the interface's language (`locale`: its BCP 47 tag). */
export function sheetLabels(t: Translate, locale: string): SheetLabels {
  return {
    language: locale,
    header: (parts) => t('transfer.sheet.header', parts),
    tags: (list) => t('transfer.sheet.tags', { list }),
    untitled: t('transfer.sheet.untitled'),
    noHighlights: t('transfer.sheet.noHighlights'),
    links: t('transfer.sheet.links'),
    relation: (relation) => t(`transfer.sheet.relation.${relationKey(relation)}`),
    link: (parts) => t('transfer.sheet.link', parts),
    linkElsewhere: (parts) => t('transfer.sheet.linkElsewhere', parts),
    linkNote: (note) => t('transfer.sheet.linkNote', { note }),
  };
}

/** Gathers what a Markdown study sheet shows for a scope: articles in library order, highlights in reading order. */
export function buildSheet(input: {
  scope: SheetScope;
  entries: ManifestEntry[];
  highlights: Highlight[];
  /** Every link (oldest first): each highlight on the sheet lists its own. */
  links?: HighlightLink[];
  states: ArticleState[];
  tags: Tag[];
  colors: HighlightColor[];
  now: Date;
  t: Translate;
}): SheetInput {
  const { scope, entries, highlights, states, tags, colors, now, t } = input;
  const highlightById = new Map(highlights.map((h) => [h.id, h]));
  const stateOf = new Map(states.map((s) => [s.articleId, s]));
  // Title, outlet and date as the reader set them, else as derived (what the library shows).
  const shown = new Map(
    entries.map((e) => [
      e.id,
      e.summary ? resolveDetails(e.summary, stateOf.get(e.id)?.details) : undefined,
    ]),
  );
  const titleOf = new Map(
    entries.map((e) => [e.id, shown.get(e.id)?.title.value ?? e.summary?.title ?? e.file]),
  );
  const linksOf = linksByHighlight(input.links ?? []);
  const sheetLinks = (h: Highlight): SheetLink[] =>
    (linksOf.get(h.id) ?? []).map((link) => {
      const partner = highlightById.get(partnerOf(link, h.id));
      return {
        relation: link.relation,
        quote: partner?.target.quote.exact,
        articleTitle: partner && (titleOf.get(partner.articleId) ?? partner.articleId),
        note: link.note,
      };
    });
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  const colorLabel = new Map(colors.map((c) => [c.id, c.label]));
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
        title: titleOf.get(e.id) ?? e.file,
        // The outlet as the library shows it: never the agency a file only credits (`source`).
        source: shown.get(e.id)?.outlet.value,
        date: shown.get(e.id)?.articleDate ?? e.summary?.date,
        language: e.summary?.language,
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
            links: sheetLinks(h),
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
      ? t('transfer.sheet.title.tag', { name: tagName.get(scope.id) ?? scope.id })
      : scope.kind === 'article'
        ? t('transfer.sheet.title.article', { title: articles[0]?.title ?? scope.id })
        : t('transfer.sheet.title.all');
  return { title, articles, generatedAt: now };
}
