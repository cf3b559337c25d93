/** User-facing errors: what is wrong with the file and what to do about it. */
import type { ArticleError, ArticleErrorCode } from './types';

export const ERROR_MESSAGES: Record<ArticleErrorCode, string> = {
  empty: 'This file is empty. Add the article text, save it as UTF-8 and rebuild.',
  'not-utf8': 'This file is not UTF-8 text. Save it as UTF-8 and rebuild.',
  'not-text':
    'This file is not plain text: it contains binary data. Replace it with the article saved as a UTF-8 .txt file and rebuild.',
  missing:
    'This article file is missing. Put the .txt file back into the seeds folder and rebuild.',
  unreadable:
    'Sidenote could not read this article. The file is unchanged; reload the page, and if this keeps happening, report the file name.',
};

/** Message for a file that has text, but only page furniture (share buttons, source lines). */
export const NO_ARTICLE_TEXT =
  'This file has no article text, only page furniture such as share buttons or source lines. Add the article text and rebuild.';

export function articleError(code: ArticleErrorCode, message = ERROR_MESSAGES[code]): ArticleError {
  return { code, message };
}
