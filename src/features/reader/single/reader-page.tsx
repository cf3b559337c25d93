import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { useArticle, useManifest } from '@/shared/queries/articles';
import { ArticlePicker } from '@/shared/ui/article-picker';
import { buttonClass } from '@/shared/ui/button-class';
import { Icon } from '@/shared/ui/icons';
import { Main } from '@/shared/ui/page';
import { TopBar } from '@/shared/ui/top-bar';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { SingleReader } from './single-reader';
import { ArticleProblem } from '../article/article-problem';
import { DisplaySettings } from '@/shared/ui/display-settings';
import { OriginalView } from './original-view';
import { otherArticles } from './other-articles';
import { useReadingPosition } from '../article/use-reading-position';
import { LibraryLink, READER_MAIN_CLASS } from '../article/reader-frame';
import { compareHref, quotesHref } from '@/shared/paths';
import { useT } from '@/shared/i18n';
import { useArticleState } from '@/db/live';
import { resolveDetails } from '@/domain/article/details';
import { StoredDetailsContext } from '../article/stored-details';

// The details editor loads when first opened, not with the reader.
const ArticleDetailsDialog = lazy(() =>
  import('@/shared/article-details/article-details-dialog').then((m) => ({
    default: m.ArticleDetailsDialog,
  })),
);

export function ReaderPage({ id }: { id: string }) {
  const t = useT();
  const { entry, article } = useArticle(id);
  const manifest = useManifest();
  const [params, setParams] = useSearchParams();
  const [, navigate] = useLocation();
  const showOriginal = params.get('view') === 'original';
  const loaded = article.data?.ok ? article.data : undefined;
  const scrollRoot = useRef<HTMLElement | null>(null);
  useReadingPosition(loaded && !showOriginal ? loaded.article : undefined, scrollRoot, 'window');
  const [editing, setEditing] = useState(false);
  const details = useArticleState(id)?.details;
  const stored = useMemo(() => ({ [id]: details }), [id, details]);
  const derivedFrom = loaded?.article ?? entry?.summary;
  const resolvedTitle = derivedFrom && resolveDetails(derivedFrom, details).title.value;
  useDocumentTitle(resolvedTitle);

  return (
    <>
      <TopBar>
        <LibraryLink />
        <div className="ml-auto flex items-center gap-0.5 sm:gap-2">
          {loaded && (
            <button
              type="button"
              aria-pressed={showOriginal}
              className={buttonClass('ghost', true)}
              onClick={() => setParams(showOriginal ? {} : { view: 'original' })}
            >
              <Icon name="file" />
              <span className="hidden sm:inline">{t('reader.page.original')}</span>
              <span className="sr-only sm:hidden">{t('reader.page.originalFile')}</span>
            </button>
          )}
          {loaded && (
            <button
              type="button"
              className={buttonClass('ghost', true)}
              onClick={() => setEditing(true)}
              aria-label={t('library.card.detailsLabel', { title: resolvedTitle ?? '' })}
            >
              <Icon name="details" />
              <span className="hidden sm:inline">{t('library.card.details')}</span>
            </button>
          )}
          {loaded && (
            <Link
              href={quotesHref(id)}
              className={buttonClass('ghost', true)}
              aria-label={t('reader.page.quotesLabel')}
            >
              <Icon name="quote" />
              <span className="hidden sm:inline">{t('reader.page.quotes')}</span>
            </Link>
          )}
          {manifest.data && (
            <ArticlePicker
              // Listed when the picker opens: every other article's date, formatted at each
              // render, was a tenth of the reader's first render on a phone (bench row 12).
              articles={() =>
                otherArticles(
                  manifest.data.articles,
                  (minutes) => t('reader.readingTime', { minutes }),
                  id,
                )
              }
              label={t('reader.page.sideBySide')}
              iconOnlyOnPhones
              heading={t('reader.page.openNextTo')}
              onPick={(other) => navigate(compareHref(id, other))}
            />
          )}
          <DisplaySettings />
        </div>
      </TopBar>
      <Main ref={scrollRoot} className={READER_MAIN_CLASS}>
        <ArticleProblem id={id} entry={entry} manifest={manifest} article={article} />
        {loaded &&
          (showOriginal ? (
            <div className="mx-auto max-w-3xl">
              <OriginalView raw={loaded.raw} article={loaded.article} file={loaded.entry.file} />
            </div>
          ) : (
            <StoredDetailsContext value={stored}>
              <SingleReader article={loaded.article} />
            </StoredDetailsContext>
          ))}
      </Main>
      {editing && loaded && (
        <Suspense fallback={null}>
          <ArticleDetailsDialog
            articleId={id}
            input={loaded.article}
            onClose={() => setEditing(false)}
          />
        </Suspense>
      )}
    </>
  );
}
