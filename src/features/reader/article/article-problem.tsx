import { Link } from 'wouter';
import type { UseQueryResult } from '@tanstack/react-query';
import type { LoadedArticle } from '@/db/article-loader';
import type { ManifestEntry, SeedManifest } from '@/domain/library/manifest';
import { buttonClass } from '@/shared/ui/button-class';
import { ErrorState, Loading } from '@/shared/ui/states';

interface ArticleProblemProps {
  id: string;
  entry: ManifestEntry | undefined;
  manifest: UseQueryResult<SeedManifest>;
  article: UseQueryResult<LoadedArticle>;
}

/** Everything the reader shows instead of an article: loading, unknown id, unreadable file. */
export function ArticleProblem({ id, entry, manifest, article }: ArticleProblemProps) {
  const back = (
    <Link href="/" className={buttonClass('secondary', true)}>
      Back to the library
    </Link>
  );
  if (manifest.isPending || (entry && article.isPending)) {
    return <Loading label="Loading the article…" />;
  }
  if (manifest.isError) {
    return (
      <ErrorState
        title="The library could not be loaded"
        message={manifest.error.message}
        action={back}
      />
    );
  }
  if (!entry) {
    return (
      <ErrorState
        title="There is no such article"
        message={`No article is called “${id}”. The link may be mistyped, or the article is no longer in this library. Find it in the library or with Search.`}
        action={back}
      />
    );
  }
  if (article.isError) {
    return (
      <ErrorState
        title="This article could not be opened"
        message={article.error.message}
        action={back}
      />
    );
  }
  if (article.data && !article.data.ok) {
    return (
      <ErrorState
        title={`“${entry.file}” cannot be shown`}
        message={article.data.error.message}
        action={back}
      />
    );
  }
  return null;
}
