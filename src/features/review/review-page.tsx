import { isTyping } from '@/shared/ui/is-typing';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import {
  newReviewState,
  previewIntervals,
  REVIEW_RATINGS,
  type ReviewRating,
} from '@/domain/review';
import { useManifest } from '@/shared/queries/articles';
import { useTags } from '@/db/live';
import { Button } from '@/shared/ui/button';
import { buttonClass } from '@/shared/ui/button-class';
import { Markdown } from '@/shared/ui/lazy-markdown';
import { EmptyState, Loading } from '@/shared/ui/states';
import { TagChip } from '@/shared/ui/tag-chip';
import { resolveTagValues } from '@/domain/annotations/tag-name';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { useReviewSession } from './use-review-session';
import { readerHref } from '@/shared/paths';
import { contextAfter, contextBefore } from '@/domain/text/excerpt';
import { useT, type MessageId } from '@/shared/i18n';

const LABELS: Record<ReviewRating, MessageId> = {
  again: 'review.rating.again',
  hard: 'review.rating.hard',
  good: 'review.rating.good',
  easy: 'review.rating.easy',
};

/** Study mode: due highlights come back one at a time; Space shows the note, 1–4 grade. */
export function ReviewPage() {
  const t = useT();
  useDocumentTitle(t('review.title'));
  const [params] = useSearchParams();
  const articleId = params.get('article') ?? undefined;
  const savedTags = useTags();
  const tags = savedTags ?? [];
  // The tag by name (readable, shareable: `?tag=NATO`); older links with its id still work.
  const tagValue = params.get('tag');
  const tagId = tagValue === null ? undefined : (resolveTagValues([tagValue], tags)[0] ?? tagValue);
  const session = useReviewSession(
    { articleId, tagId },
    tagValue === null || savedTags !== undefined,
  );
  const manifest = useManifest();
  const [revealed, setRevealed] = useState(false);
  const item = session.current;
  const [shownFor, setShownFor] = useState(item?.highlight.id);
  if (shownFor !== item?.highlight.id) {
    setShownFor(item?.highlight.id);
    setRevealed(false);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === ' ' && item) {
        e.preventDefault();
        setRevealed(true);
      } else if (['1', '2', '3', '4'].includes(e.key) && item && revealed) {
        e.preventDefault();
        void session.grade(REVIEW_RATINGS[Number(e.key) - 1] as ReviewRating);
      } else if (e.key === 'u') {
        e.preventDefault();
        void session.undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [item, revealed, session]);

  const entry = manifest.data?.articles.find((a) => a.id === item?.highlight.articleId);
  const scopeArticle =
    articleId &&
    (manifest.data?.articles.find((a) => a.id === articleId)?.summary?.title ?? articleId);
  const scopeTag = tagId && `#${tags.find((tag) => tag.id === tagId)?.name ?? tagId}`;
  const scope =
    scopeArticle && scopeTag
      ? t('review.scope.both', { article: scopeArticle, tag: scopeTag })
      : scopeArticle || scopeTag
        ? t('review.scope.one', { what: scopeArticle || scopeTag || '' })
        : '';
  const now = new Date();
  const intervals = item
    ? previewIntervals(item.state ?? newReviewState(item.highlight.id, now), now)
    : undefined;

  return (
    <Page width="2xl">
      <PageHeader
        title={t('review.title')}
        gap="large"
        description={
          <>
            {scope ? `${scope} ` : ''}
            {t('review.description')}
          </>
        }
      >
        {!session.loading && session.total > 0 && (
          <p className="text-sm text-muted tabular-nums" aria-live="polite">
            {t('review.progress', {
              position: Math.min(session.position + 1, session.total),
              total: session.total,
            })}
          </p>
        )}
      </PageHeader>
      {session.loading ? (
        <Loading label={t('review.loading')} />
      ) : !item ? (
        <EmptyState title={session.total > 0 ? t('review.done.title') : t('review.empty.title')}>
          <p>
            {session.total > 0
              ? t('review.done.body', { count: session.total })
              : t('review.empty.body')}
          </p>
          <div className="mt-3 flex justify-center gap-2">
            {session.canUndo && (
              <Button compact onClick={() => void session.undo()}>
                {t('review.undo')}
              </Button>
            )}
            <Link href="/notebook" className={buttonClass('secondary', true)}>
              {t('review.openNotebook')}
            </Link>
          </div>
        </EmptyState>
      ) : (
        <article
          aria-label={t('review.card.label')}
          className="rounded-2xl border border-line bg-surface p-5 shadow-sm sm:p-7"
        >
          <p className="text-xs font-medium tracking-wide text-muted uppercase">
            {entry?.summary?.title ?? item.highlight.articleId}
            {item.kind === 'new' ? ` · ${t('review.card.new')}` : ''}
          </p>
          <blockquote lang="de" className="mt-3 font-serif text-xl leading-relaxed text-ink">
            {revealed && item.highlight.target.quote.prefix && (
              <span className="text-muted">
                {contextBefore(item.highlight.target.quote.prefix)}
              </span>
            )}
            <mark className="rounded bg-[var(--hl-yellow)] px-0.5 text-ink">
              {item.highlight.target.quote.exact}
            </mark>
            {revealed && item.highlight.target.quote.suffix && (
              <span className="text-muted">{contextAfter(item.highlight.target.quote.suffix)}</span>
            )}
          </blockquote>
          {revealed ? (
            <div className="mt-5 space-y-3 border-t border-line pt-4">
              {item.highlight.note ? (
                <div className="text-ink-2">
                  <Markdown source={item.highlight.note} />
                </div>
              ) : (
                <p className="text-sm text-muted">{t('review.card.noNote')}</p>
              )}
              <div className="flex flex-wrap gap-1">
                {item.highlight.tags.map((id) => {
                  const tag = tags.find((candidate) => candidate.id === id);
                  return tag ? <TagChip key={id} tag={tag} /> : null;
                })}
              </div>
              <Link
                href={readerHref(item.highlight.articleId, item.highlight.id)}
                className="inline-block text-sm text-accent underline"
              >
                {t('review.card.openInArticle')}
              </Link>
              <div
                role="group"
                aria-label={t('review.grades.label')}
                className="grid grid-cols-2 gap-2 pt-2 sm:grid-cols-4"
              >
                {REVIEW_RATINGS.map((r, i) => (
                  <button
                    key={r}
                    type="button"
                    onClick={() => void session.grade(r)}
                    className={`${buttonClass(r === 'good' ? 'primary' : 'secondary')} h-auto flex-col py-2`}
                  >
                    <span>
                      {t(LABELS[r])} <kbd className="ml-1 text-xs opacity-70">{i + 1}</kbd>
                    </span>
                    <span className="text-xs font-normal opacity-80">
                      {intervals && t('review.interval', { ...intervals[r] })}
                    </span>
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <div className="mt-6">
              <Button variant="primary" onClick={() => setRevealed(true)}>
                {t('review.card.reveal')}{' '}
                <kbd className="ml-1 text-xs opacity-70">{t('review.card.revealKey')}</kbd>
              </Button>
            </div>
          )}
        </article>
      )}
    </Page>
  );
}
