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

/**
 * The same problems for a file someone adds through "Add article": nothing to rebuild, only what
 * happened and what they can do with the file they have.
 */
const ADDED_FILE_MESSAGES: Record<ArticleErrorCode, string> = {
  empty: 'This file is empty, so there is nothing to read. Check that you chose the right file.',
  'not-utf8':
    'This file uses a text encoding Sidenote cannot read. Open it in a text editor, save it as UTF-8 (most editors offer this under “Save as”) and add it again.',
  'not-text':
    'This is not a text file (it may be a PDF, an image or a Word document). Save the article as plain text (.txt) or as a web page (.html) and add that, or paste its text below.',
  missing: 'This file could not be found any more. Choose it again.',
  unreadable:
    'Sidenote could not read this file. Try again, or copy the article’s text and paste it below.',
};

const NO_ARTICLE_TEXT_ADDED =
  'This file has no article text, only page furniture such as share buttons or source lines. Copy the article itself and paste it below.';

/** What to tell a person about a file they added; `error` as the parser or decoder gave it. */
export function addedFileMessage(error: ArticleError): string {
  if (error.message === NO_ARTICLE_TEXT) return NO_ARTICLE_TEXT_ADDED;
  return ADDED_FILE_MESSAGES[error.code];
}

export function articleError(code: ArticleErrorCode, message = ERROR_MESSAGES[code]): ArticleError {
  return { code, message };
}
