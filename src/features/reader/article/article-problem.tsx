import { Link } from 'wouter';
import type { UseQueryResult } from '@tanstack/react-query';
import type { LoadedArticle } from '@/db/article-loader';
import type { ManifestEntry, SeedManifest } from '@/domain/library/manifest';
import { buttonClass } from '@/shared/ui/button-class';
import { ErrorState, Loading } from '@/shared/ui/states';
import { useT } from '@/shared/i18n';
import { articleErrorMessage, manifestErrorMessage } from '@/shared/article-error-message';

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
        message={manifestErrorMessage(t, manifest.error)}
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
        message={articleErrorMessage(t, article.data.error)}
        action={back}
      />
    );
  }
  return null;
}
