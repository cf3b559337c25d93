import { classifyDbError, InvalidInputError } from '@/db';
import { t, type MessageId } from '@/shared/i18n';

/**
 * A storage failure as the interface says it, in its language: what happened and what to do
 * (`app.dbError.<kind>`). src/db only tells which kind it was.
 */
export function dbErrorText(err: unknown): string {
  return t(`app.dbError.${classifyDbError(err).kind}`);
}

/** The message an InvalidInputError's code names: `errors.<code>`, or the id itself if dotted. */
function inputErrorText(err: InvalidInputError): string {
  const { code, params } = err.details;
  if (!code) return err.message;
  const id = (code.includes('.') ? code : `errors.${code}`) as MessageId;
  const text = t(id, params);
  // A code no catalog knows yet: the repository's own (English) words, never a bare id.
  return text === id ? err.message : text;
}

/** What to tell the user when a write failed: their own mistake, or a storage problem. */
export function writeErrorText(err: unknown): string {
  return err instanceof InvalidInputError ? inputErrorText(err) : dbErrorText(err);
}
