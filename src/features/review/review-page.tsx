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
import { Markdown } from '@/shared/ui/markdown';
import { EmptyState, Loading } from '@/shared/ui/states';
import { TagChip } from '@/shared/ui/tag-chip';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { useReviewSession } from './use-review-session';
import { readerHref } from '@/shared/paths';
import { contextAfter, contextBefore } from '@/domain/text/excerpt';

const LABELS: Record<ReviewRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/** Study mode: due highlights come back one at a time; Space shows the note, 1–4 grade. */
export function ReviewPage() {
  useDocumentTitle('Review');
  const [params] = useSearchParams();
  const articleId = params.get('article') ?? undefined;
  const tagId = params.get('tag') ?? undefined;
  const session = useReviewSession({ articleId, tagId });
  const manifest = useManifest();
  const tags = useTags() ?? [];
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
  const scope = [
    articleId &&
      (manifest.data?.articles.find((a) => a.id === articleId)?.summary?.title ?? articleId),
    tagId && `#${tags.find((t) => t.id === tagId)?.name ?? tagId}`,
  ].filter(Boolean);
  const now = new Date();
  const intervals = item
    ? previewIntervals(item.state ?? newReviewState(item.highlight.id, now), now)
    : undefined;

  return (
    <Page width="2xl">
      <PageHeader
        title="Review"
        gap="large"
        description={
          <>
            {scope.length > 0 ? `Only ${scope.join(' and ')}. ` : ''}
            Your highlights come back on a spaced schedule. Everything stays in this browser.
          </>
        }
      >
        {!session.loading && session.total > 0 && (
          <p className="text-sm text-muted tabular-nums" aria-live="polite">
            {Math.min(session.position + 1, session.total)} of {session.total}
          </p>
        )}
      </PageHeader>
      {session.loading ? (
        <Loading label="Gathering due highlights…" />
      ) : !item ? (
        <EmptyState title={session.total > 0 ? 'Done for now' : 'Nothing is due'}>
          <p>
            {session.total > 0
              ? `You reviewed ${session.total} ${session.total === 1 ? 'highlight' : 'highlights'}. They come back when they are due.`
              : 'New highlights are due right away; reviewed ones come back when their interval is up.'}
          </p>
          <div className="mt-3 flex justify-center gap-2">
            {session.canUndo && (
              <Button compact onClick={() => void session.undo()}>
                Undo last grade
              </Button>
            )}
            <Link href="/notebook" className={buttonClass('secondary', true)}>
              Open the notebook
            </Link>
          </div>
        </EmptyState>
      ) : (
        <article
          aria-label="Highlight to review"
          className="rounded-2xl border border-line bg-surface p-5 shadow-sm sm:p-7"
        >
          <p className="text-xs font-medium tracking-wide text-muted uppercase">
            {entry?.summary?.title ?? item.highlight.articleId}
            {item.kind === 'new' ? ' · new' : ''}
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
                <p className="text-sm text-muted">No note on this highlight.</p>
              )}
              <div className="flex flex-wrap gap-1">
                {item.highlight.tags.map((id) => {
                  const tag = tags.find((t) => t.id === id);
                  return tag ? <TagChip key={id} tag={tag} /> : null;
                })}
              </div>
              <Link
                href={readerHref(item.highlight.articleId, item.highlight.id)}
                className="inline-block text-sm text-accent underline"
              >
                Open in the article
              </Link>
              <div
                role="group"
                aria-label="How well did you remember it?"
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
                      {LABELS[r]} <kbd className="ml-1 text-xs opacity-70">{i + 1}</kbd>
                    </span>
                    <span className="text-xs font-normal opacity-80">{intervals?.[r]}</span>
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <div className="mt-6">
              <Button variant="primary" onClick={() => setRevealed(true)}>
                Show note and context <kbd className="ml-1 text-xs opacity-70">Space</kbd>
              </Button>
            </div>
          )}
        </article>
      )}
    </Page>
  );
}
