import { resolveDetails } from '@/domain/article/details';
import type { Article } from '@/domain/article/types';
import type { Highlight, HighlightLink } from '@/domain/annotations/types';
import { relationKey } from '@/domain/annotations/links';
import {
  comparisonSheet,
  type ComparisonArticle,
  type ComparisonLabels,
  type ComparisonLink,
} from '@/domain/transfer/comparison-sheet';
import { sheetFileName } from '@/domain/transfer/file-names';
import { useAllLinks, useArticleHighlightRecords, useArticleState } from '@/db/live';
import { downloadText } from '@/shared/download';
import { Button } from '@/shared/ui/button';
import { useLocale, useT, type Translate } from '@/shared/i18n';
import { useAlignment } from './alignment-context';

function sheetArticle(
  article: Article,
  details: Parameters<typeof resolveDetails>[1],
): ComparisonArticle {
  const resolved = resolveDetails(article, details);
  return {
    title: resolved.title.value ?? article.title,
    outlet: resolved.outlet.value,
    author: resolved.author.value,
    date: resolved.articleDate,
    language: article.language,
  };
}

/** Links with one end in each article, left end first, in the left article's reading order. */
function pairLinks(
  links: readonly HighlightLink[],
  left: readonly Highlight[],
  right: readonly Highlight[],
): ComparisonLink[] {
  const inLeft = new Map(left.map((h) => [h.id, h]));
  const inRight = new Map(right.map((h) => [h.id, h]));
  return links
    .flatMap((link) => {
      const l = inLeft.get(link.fromId) ?? inLeft.get(link.toId);
      const r = inRight.get(link.toId) ?? inRight.get(link.fromId);
      if (!l || !r) return [];
      return [{ at: l.target.position.start, link, l, r }];
    })
    .sort((a, b) => a.at - b.at)
    .map(({ link, l, r }) => ({
      relation: link.relation,
      left: l.target.quote.exact,
      right: r.target.quote.exact,
      note: link.note,
    }));
}

function labels(t: Translate, locale: string): ComparisonLabels {
  return {
    language: locale,
    title: (parts) => t('reader.comparison.title', parts),
    made: (date) => t('reader.comparison.made', { date }),
    side: (side) => t('reader.comparison.side', { side }),
    linked: (count) => t('reader.comparison.linked', { count }),
    aligned: (count) => t('reader.comparison.aligned', { count }),
    onlyIn: (parts) => t('reader.comparison.onlyIn', parts),
    onlyNote: (other) => t('reader.comparison.onlyNote', { other }),
    sideOutlet: (parts) => t('reader.comparison.sideOutlet', parts),
    relation: t('reader.links.relation'),
    kind: t('reader.comparison.kind'),
    why: t('reader.comparison.why'),
    relationName: (r) => t(`reader.relation.${relationKey(r)}`),
    kindName: (k) =>
      t(k === 'quote' ? 'reader.alignment.kind.quote' : 'reader.alignment.kind.claim'),
    none: t('reader.comparison.none'),
  };
}

/**
 * "Comparison sheet": the two articles side by side as Markdown — links with relation and why,
 * the correspondences found, and each outlet's omissions.
 */
export function ComparisonExport() {
  const t = useT();
  const locale = useLocale();
  const context = useAlignment();
  const leftState = useArticleState(context?.articles.left.id ?? '');
  const rightState = useArticleState(context?.articles.right.id ?? '');
  const leftHighlights = useArticleHighlightRecords(context?.articles.left.id);
  const rightHighlights = useArticleHighlightRecords(context?.articles.right.id);
  const links = useAllLinks();
  if (!context || context.alignment.status !== 'ready') return null;
  const { articles, alignment } = context;
  const ready = leftHighlights && rightHighlights && links && leftState && rightState;
  const text = (a: Article, p: { start: number; end: number }) => a.text.slice(p.start, p.end);

  const download = () => {
    if (!ready) return;
    const now = new Date();
    const left = sheetArticle(articles.left, leftState.details);
    const right = sheetArticle(articles.right, rightState.details);
    const markdown = comparisonSheet(
      {
        left,
        right,
        links: pairLinks(links, leftHighlights, rightHighlights),
        aligned: alignment.pairs
          .filter((p) => !p.linked)
          .map((p) => ({
            kind: p.kind,
            left: text(articles.left, p.left),
            right: text(articles.right, p.right),
          })),
        onlyLeft: alignment.only.left.map((p) => text(articles.left, p)),
        onlyRight: alignment.only.right.map((p) => text(articles.right, p)),
        generatedAt: now,
      },
      labels(t, locale),
    );
    const name = [left.outlet ?? left.title, right.outlet ?? right.title].join(' ');
    downloadText(sheetFileName('compare', name, now), markdown, 'text/markdown;charset=utf-8');
  };

  return (
    <Button compact variant="ghost" icon="download" disabled={!ready} onClick={download}>
      <span className="sr-only sm:not-sr-only">{t('reader.comparison.download')}</span>
    </Button>
  );
}
