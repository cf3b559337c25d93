import { useMemo } from 'react';
import { Link } from 'wouter';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type {
  Highlight,
  HighlightColor,
  HighlightLink,
  LinkRelation,
  Tag,
} from '@/domain/annotations/types';
import { linksByHighlight, partnerOf, relationKey } from '@/domain/annotations/links';
import type { NotebookArticle, NotebookGroup } from '@/domain/notebook/notebook';
import { Markdown } from '@/shared/ui/lazy-markdown';
import { TagChip } from '@/shared/ui/tag-chip';
import { readerHref } from '@/shared/paths';
import { useT } from '@/shared/i18n';

type Row =
  { kind: 'group'; group: NotebookGroup } | { kind: 'item'; highlight: Highlight; key: string };

interface NotebookListProps {
  groups: NotebookGroup[];
  /** Study-group members' highlights in the list, by highlight id → author's name. */
  authors?: ReadonlyMap<string, string>;
  links: HighlightLink[];
  highlights: Highlight[];
  articles: NotebookArticle[];
  tags: Tag[];
  colors: HighlightColor[];
}

/** A virtualised list: only the rows near the viewport are in the DOM, so 10,000 scroll smoothly. */
export function NotebookList(props: NotebookListProps) {
  const { groups, articles, tags, colors, links, highlights, authors } = props;
  const t = useT();
  const linkMap = useMemo(() => linksByHighlight(links), [links]);
  const highlightById = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const rows = useMemo<Row[]>(
    () =>
      groups.flatMap((group) => [
        { kind: 'group' as const, group },
        ...group.highlights.map((highlight) => ({
          kind: 'item' as const,
          highlight,
          key: `${group.key}:${highlight.id}`,
        })),
      ]),
    [groups],
  );
  const titles = useMemo(() => new Map(articles.map((a) => [a.id, a.title])), [articles]);
  const tagById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const colorById = useMemo(() => new Map(colors.map((c) => [c.id, c])), [colors]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? 56 : 120),
    overscan: 8,
    getItemKey: (i) => {
      const row = rows[i];
      return row?.kind === 'group' ? `g:${row.group.key}` : (row?.key ?? i);
    },
  });
  const items = virtualizer.getVirtualItems();
  return (
    <section
      aria-label={t('notebook.list.label')}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      <div
        className="absolute inset-x-0 top-0"
        style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
              {row.kind === 'group' ? (
                <h2 className="flex items-center gap-2 pt-5 pb-2 font-serif text-lg font-semibold text-ink">
                  {row.group.swatch && (
                    <span
                      aria-hidden="true"
                      className={`swatch-${row.group.swatch} h-3 w-3 rounded-full bg-[var(--hl-color)]`}
                    />
                  )}
                  <span className="truncate">
                    {row.group.missing === 'outlet'
                      ? t('notebook.list.noOutlet')
                      : row.group.key === ''
                        ? t('notebook.list.untagged')
                        : row.group.label}
                  </span>
                  <span className="font-sans text-sm font-normal text-muted">
                    {row.group.highlights.length}
                  </span>
                </h2>
              ) : (
                <NotebookEntry
                  highlight={row.highlight}
                  author={authors?.get(row.highlight.id)}
                  articleTitle={titles.get(row.highlight.articleId) ?? row.highlight.articleId}
                  tags={row.highlight.tags
                    .map((id) => tagById.get(id))
                    .filter((tag): tag is Tag => !!tag)}
                  color={colorById.get(row.highlight.colorId)}
                  linked={(linkMap.get(row.highlight.id) ?? []).map((l) => ({
                    relation: l.relation,
                    note: l.note,
                    partner: highlightById.get(partnerOf(l, row.highlight.id)),
                    title: (id: string) => titles.get(id) ?? id,
                  }))}
                />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function NotebookEntry({
  highlight,
  author,
  articleTitle,
  tags,
  color,
  linked,
}: {
  highlight: Highlight;
  /** Set for another member's highlight. */
  author?: string;
  articleTitle: string;
  tags: Tag[];
  color: HighlightColor | undefined;
  linked: Array<{
    relation: LinkRelation;
    /** Why the two are linked (plain text); '' when there is none. */
    note: string;
    partner?: Highlight;
    title: (articleId: string) => string;
  }>;
}) {
  const t = useT();
  const href = readerHref(highlight.articleId, highlight.id);
  const quote = highlight.target.quote.exact.slice(0, 60);
  return (
    <article
      aria-label={
        author
          ? t('notebook.entry.labelBy', { author, quote })
          : t('notebook.entry.label', { quote })
      }
      className={`mb-2 rounded-xl border bg-surface p-3 ${author ? 'border-dashed border-line' : 'border-line'}`}
    >
      <div className="flex gap-3">
        <span
          aria-hidden="true"
          className={`swatch-${color?.swatch ?? 'yellow'} w-1.5 shrink-0 rounded-full bg-[var(--hl-color)]`}
        />
        <div className="min-w-0 flex-1">
          <Link href={href} className="block rounded hover:underline">
            <q
              lang="de"
              className="line-clamp-4 font-serif text-[0.98rem] leading-snug text-ink [quotes:none]"
            >
              {highlight.target.quote.exact}
            </q>
          </Link>
          {highlight.note && (
            <div className="mt-1.5 line-clamp-4 text-sm text-ink-2">
              <Markdown source={highlight.note} />
            </div>
          )}
          {linked.map(({ relation, note, partner, title }, i) =>
            partner ? (
              <p key={i} className="mt-1.5 text-xs text-ink-2">
                <span aria-hidden="true">↔ </span>
                <span className="font-semibold">
                  {t(`reader.relation.${relationKey(relation)}`)}
                </span>
                :{' '}
                <Link href={readerHref(partner.articleId, partner.id)} className="underline">
                  {partner.target.quote.exact.slice(0, 80)}
                  {partner.target.quote.exact.length > 80 ? '…' : ''}
                </Link>{' '}
                <span className="text-muted">({title(partner.articleId)})</span>
                {note.trim() !== '' && (
                  <span className="mt-0.5 line-clamp-2 block whitespace-pre-line">
                    {t('notebook.entry.linkNote', { note })}
                  </span>
                )}
              </p>
            ) : null,
          )}
          <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-muted">
            {author && (
              <>
                <span className="font-medium text-ink-2">{author}</span>
                <span aria-hidden="true">·</span>
              </>
            )}
            <span>
              {author
                ? t('notebook.entry.highlight')
                : (color?.label ?? t('notebook.entry.highlight'))}
            </span>
            <span aria-hidden="true">·</span>
            <span className="truncate">{articleTitle}</span>
            {tags.map((tag) => (
              <TagChip key={tag.id} tag={tag} />
            ))}
          </div>
        </div>
      </div>
    </article>
  );
}
