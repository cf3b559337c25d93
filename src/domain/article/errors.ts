/**
 * Article file problems as codes: the interface says what is wrong and what to do, in the
 * reader's language (`errors.article.*`; src/shared/article-error-message.ts).
 */
import type { ArticleError, ArticleErrorCode, ArticleErrorReason } from './types';

export function articleError(code: ArticleErrorCode, reason?: ArticleErrorReason): ArticleError {
  return reason ? { code, reason } : { code };
}
