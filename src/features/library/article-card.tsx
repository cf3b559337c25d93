import { memo } from 'react';
import { Link } from 'wouter';
import type { Tag } from '@/domain/annotations/types';
import type { ManifestEntry } from '@/domain/library/manifest';
import { articleDetail } from '@/domain/format/date';
import { summaryOutlet } from '@/domain/article/details';
import { ArticlePicker, type PickableArticle } from '@/shared/ui/article-picker';
import { Icon } from '@/shared/ui/icons';
import { buttonClass } from '@/shared/ui/button-class';
import { TagChip } from '@/shared/ui/tag-chip';
import { ArticleTagsEditor } from './article-tags-editor';
import { RemoveArticleButton } from './remove-article-button';
import { readerHref } from '@/shared/paths';
import { useT } from '@/shared/i18n';
import { articleErrorMessage } from '@/shared/article-error-message';

interface ArticleCardProps {
  entry: ManifestEntry;
  /** Every readable article; the picker leaves this one out when it opens. */
  /** The Side by side picker's list, made when it first opens (one for all cards). */
  others: readonly PickableArticle[] | (() => readonly PickableArticle[]);
  /** Opens this article (`articleId`) side by side with `otherId`. */
  onCompare: (articleId: string, otherId: string) => void;
  /** The article's own tag ids. */
  tagIds: readonly string[];
  /** Every tag; undefined while loading. */
  allTags: readonly Tag[] | undefined;
  /** The same tags by id. */
  tagById: ReadonlyMap<string, Tag>;
  highlightCount: number;
  /** Opens the article's details (title, outlet, author, …) for editing. */
  onEditDetails: (articleId: string) => void;
}

/**
 * One article in the library. Memoised, and every prop is stable across the page's renders, so
 * scrolling a long list draws only the cards that come into view.
 */
export const ArticleCard = memo(function ArticleCard(props: ArticleCardProps) {
  const { entry, others, onCompare, tagIds, allTags, tagById, highlightCount, onEditDetails } =
    props;
  const { summary } = entry;
  const href = readerHref(entry.id);
  const tags = tagIds.flatMap((id) => tagById.get(id) ?? []);
  const t = useT();
  if (!summary) {
    return (
      <article className="rounded-xl border border-danger/30 bg-danger-soft p-4 sm:p-5">
        <div className="flex items-start gap-3">
          <Icon name="alert" className="mt-1 shrink-0 text-danger" />
          <div>
            <h2 className="font-medium text-ink">
              <Link href={href} className="hover:underline">
                {entry.file}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-ink-2">
              {entry.error ? articleErrorMessage(t, entry.error) : t('library.card.unreadable')}
            </p>
          </div>
        </div>
      </article>
    );
  }
  return (
    <article className="group relative rounded-xl border border-line bg-surface p-4 transition-shadow hover:shadow-md hover:shadow-black/5 sm:p-5">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">
        {entry.origin === 'mine' && (
          <span className="mr-2 rounded bg-accent-soft px-1.5 py-0.5 text-accent normal-case">
            {t('library.card.mine')}
          </span>
        )}
        {articleDetail({
          ...summary,
          // The outlet as resolved (the reader's, else derived), not the file's raw source.
          source: summaryOutlet(summary),
          readingTime: (minutes) => t('library.card.readingTime', { minutes }),
        })}
      </p>
      <h2
        className="mt-1.5 font-serif text-xl leading-snug font-semibold text-ink"
        lang={summary.language}
      >
        <Link
          href={href}
          className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-[var(--focus)]"
        >
          {summary.title}
        </Link>
      </h2>
      {summary.titleSource === 'derived' && (
        <p className="mt-1 text-xs text-muted">{t('library.card.derivedTitle')}</p>
      )}
      <p className="mt-2 line-clamp-2 text-sm text-ink-2" lang={summary.language}>
        {summary.excerpt}
      </p>
      {(tags.length > 0 || highlightCount > 0) && (
        <p className="mt-3 flex flex-wrap items-center gap-1.5">
          {tags.length > 0 && <span className="sr-only">{t('library.card.tags')}</span>}
          {tags.map((tag) => (
            <TagChip key={tag.id} tag={tag} />
          ))}
          {highlightCount > 0 && (
            <span className="text-xs text-muted">
              {t('library.card.highlights', { count: highlightCount })}
            </span>
          )}
        </p>
      )}
      <div className="relative z-10 mt-3 flex flex-wrap items-center gap-2">
        {summary.byline && <span className="mr-auto text-sm text-ink-2">{summary.byline}</span>}
        {/* Popovers open from the card's right edge (not their own button), so they stay on a phone screen. */}
        <span
          className={`flex flex-wrap items-center justify-end gap-2 [&>div]:static ${summary.byline ? '' : 'ml-auto'}`}
        >
          {entry.origin === 'mine' && <RemoveArticleButton id={entry.id} title={summary.title} />}
          <button
            type="button"
            onClick={() => onEditDetails(entry.id)}
            aria-label={t('library.card.detailsLabel', { title: summary.title })}
            className={buttonClass('secondary', true)}
          >
            <Icon name="details" />
            <span className="hidden sm:inline">{t('library.card.details')}</span>
          </button>
          <ArticleTagsEditor
            articleId={entry.id}
            title={summary.title}
            tagIds={tagIds}
            allTags={allTags}
          />
          <ArticlePicker
            articles={others}
            excludeId={entry.id}
            label={t('library.card.compare')}
            ariaLabel={t('library.card.compareLabel', { title: summary.title })}
            heading={t('library.card.compareHeading')}
            onPick={(other) => onCompare(entry.id, other)}
          />
        </span>
      </div>
    </article>
  );
});
