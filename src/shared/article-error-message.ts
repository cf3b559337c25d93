import { ManifestError } from '@/db/article-source';
import type { ArticleError, ArticleErrorCode, ArticleErrorReason } from '@/domain/article/types';
import type { MessageId, Translate } from '@/shared/i18n';

/**
 * The sentences for article file problems (`errors.article.*`, `errors.manifest.*`), shared by
 * the library, the reader and "Add article" (in src/shared, since a feature cannot import
 * another). The domain and db keep only codes (`ArticleError`, `ManifestError`).
 */

const SEED_MESSAGES: Record<ArticleErrorCode, MessageId> = {
  empty: 'errors.article.empty',
  'not-utf8': 'errors.article.notUtf8',
  'not-text': 'errors.article.notText',
  missing: 'errors.article.missing',
  unreadable: 'errors.article.unreadable',
};

const REASON_MESSAGES: Record<ArticleErrorReason, MessageId> = {
  'no-article-text': 'errors.article.noArticleText',
  'download-failed': 'errors.article.downloadFailed',
  'not-in-seeds': 'errors.article.notInSeeds',
  removed: 'errors.article.removed',
  'not-summarised': 'errors.article.notSummarised',
};

/**
 * For a file someone adds through "Add article": nothing to rebuild, only what happened and what
 * they can do with the file they have.
 */
const ADDED_MESSAGES: Record<ArticleErrorCode, MessageId> = {
  empty: 'errors.article.added.empty',
  'not-utf8': 'errors.article.added.notUtf8',
  'not-text': 'errors.article.added.notText',
  missing: 'errors.article.added.missing',
  unreadable: 'errors.article.added.unreadable',
};

/**
 * What to tell a person about an article that cannot be shown: a seed file or an added article in
 * the library and the reader (`'library'`), or a file they are adding (`'added'`).
 */
export function articleErrorMessage(
  t: Translate,
  error: ArticleError,
  context: 'library' | 'added' = 'library',
): string {
  if (context === 'added') {
    return t(
      error.reason === 'no-article-text'
        ? 'errors.article.added.noArticleText'
        : ADDED_MESSAGES[error.code],
    );
  }
  const id = (error.reason && REASON_MESSAGES[error.reason]) ?? SEED_MESSAGES[error.code];
  return t(id, { file: error.file ?? '' });
}

/** Why the article list could not be loaded (a `ManifestError` from `fetchManifest`). */
export function manifestErrorMessage(t: Translate, error: unknown): string {
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
