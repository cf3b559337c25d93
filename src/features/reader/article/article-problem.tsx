import { Link } from 'wouter';
import type { UseQueryResult } from '@tanstack/react-query';
import type { LoadedArticle } from '@/db/article-loader';
import type { ManifestEntry, SeedManifest } from '@/domain/library/manifest';
import { buttonClass } from '@/shared/ui/button-class';
import { ErrorState, Loading } from '@/shared/ui/states';
import { ManifestError } from '@/db/article-source';
import type { ArticleError, ArticleErrorCode, ArticleErrorReason } from '@/domain/article/types';
import { useT, type MessageId, type Translate } from '@/shared/i18n';

interface ArticleProblemProps {
  id: string;
  entry: ManifestEntry | undefined;
  manifest: UseQueryResult<SeedManifest>;
  article: UseQueryResult<LoadedArticle>;
}

/** Everything the reader shows instead of an article: loading, unknown id, unreadable file. */
export function ArticleProblem({ id, entry, manifest, article }: ArticleProblemProps) {
  const t = useT();
  const back = (
    <Link href="/" className={buttonClass('secondary', true)}>
      {t('reader.problem.back')}
    </Link>
  );
  if (manifest.isPending || (entry && article.isPending)) {
    return <Loading label={t('reader.problem.loading')} />;
  }
  if (manifest.isError) {
    return (
      <ErrorState
        title={t('reader.problem.libraryFailed')}
        message={manifestProblem(t, manifest.error)}
        action={back}
      />
    );
  }
  if (!entry) {
    return (
      <ErrorState
        title={t('reader.problem.noSuchArticle')}
        message={t('reader.problem.noSuchArticleMessage', { id })}
        action={back}
      />
    );
  }
  if (article.isError) {
    return (
      <ErrorState
        title={t('reader.problem.cannotOpen')}
        message={t('errors.article.unreadable')}
        action={back}
      />
    );
  }
  if (article.data && !article.data.ok) {
    return (
      <ErrorState
        title={t('reader.problem.cannotShow', { file: entry.file })}
        message={articleProblem(t, article.data.error)}
        action={back}
      />
    );
  }
  return null;
}

// The same sentences the library shows for these problems (`errors.article.*`,
// `errors.manifest.*`; src/features/library/article-error-message.ts). A feature cannot import
// another feature, so the reader keeps its own small lookup of the same catalog ids.

const BY_CODE: Record<ArticleErrorCode, MessageId> = {
  empty: 'errors.article.empty',
  'not-utf8': 'errors.article.notUtf8',
  'not-text': 'errors.article.notText',
  missing: 'errors.article.missing',
  unreadable: 'errors.article.unreadable',
};

const BY_REASON: Record<ArticleErrorReason, MessageId> = {
  'no-article-text': 'errors.article.noArticleText',
  'download-failed': 'errors.article.downloadFailed',
  'not-in-seeds': 'errors.article.notInSeeds',
  removed: 'errors.article.removed',
  'not-summarised': 'errors.article.notSummarised',
};

function articleProblem(t: Translate, error: ArticleError): string {
  const id = (error.reason && BY_REASON[error.reason]) ?? BY_CODE[error.code];
  return t(id, { file: error.file ?? '' });
}

function manifestProblem(t: Translate, error: unknown): string {
  if (!(error instanceof ManifestError)) return t('errors.manifest.failed');
  const problem = error.problem;
  switch (problem.code) {
    case 'unreachable':
      return t('errors.manifest.unreachable');
    case 'http':
      return t('errors.manifest.http', { status: problem.status });
    case 'not-json':
      return t('errors.manifest.notJson');
    case 'damaged':
      return problem.where
        ? t('errors.manifest.damaged', { where: problem.where, issue: problem.issue })
        : t('errors.manifest.damagedTop', { issue: problem.issue });
  }
}
