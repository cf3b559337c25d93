/**
 * `parseArticle`: one plain-text file → the article model. Never throws: an internal failure
 * becomes an `unreadable` error. Linear in the size of the input (a 5 MB file parses in well
 * under a second); every regex works on bounded slices or has no nested quantifiers.
 */
import { assemble } from './assemble';
import { classifyUnits } from './classify-units';
import { deriveTitle } from './derive-title';
import { articleError } from './errors';
import { detectLanguage } from './language';
import { isBlank, normalizeText } from './normalize-text';
import type { Article, Paragraph, ParseResult } from './types';
import { buildUnits } from './units';
import { countWords, readingMinutes } from './word-count';

function parse(id: string, raw: string): ParseResult {
  const normalized = normalizeText(raw);
  if (isBlank(normalized)) return { ok: false, error: articleError('empty') };

  const { units, marker } = buildUnits(normalized);
  const language = detectLanguage(normalized);
  const roles = classifyUnits(units, language);
  const parts = assemble(units, roles, marker);

  const slice = (p: { start: number; end: number }) => parts.text.slice(p.start, p.end);
  const body = parts.paragraphs.filter((p) => p.kind === 'body');
  // A derived title comes from the first body paragraph with a word in it ("." is not a title).
  const hasWords = (p: Paragraph) => countWords(slice(p), 1) > 0;
  const fromBody =
    body.find(hasWords) ?? parts.paragraphs.find(hasWords) ?? body[0] ?? parts.paragraphs[0];
  let title = parts.title;
  let titleSource: Article['titleSource'] = 'text';
  if (title === undefined) {
    if (!fromBody) return { ok: false, error: articleError('empty', 'no-article-text') };
    title = deriveTitle(slice(fromBody));
    titleSource = 'derived';
  }
  const wordCount = body.reduce((sum, p) => sum + countWords(slice(p)), 0);

  const article: Article = {
    id,
    title,
    titleSource,
    sourceLines: parts.sourceLines,
    language,
    text: parts.text,
    paragraphs: parts.paragraphs,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    removed: parts.removed,
  };
  if (parts.subtitle !== undefined) article.subtitle = parts.subtitle;
  if (parts.byline !== undefined) article.byline = parts.byline;
  if (parts.date !== undefined) article.date = parts.date;
  if (parts.source !== undefined) article.source = parts.source;
  return { ok: true, article };
}

/** Parses the text of one article file. `id` is the file name without `.txt`. */
export function parseArticle(id: string, raw: string): ParseResult {
  try {
    if (typeof raw !== 'string') return { ok: false, error: articleError('unreadable') };
    return parse(id, raw);
  } catch {
    return { ok: false, error: articleError('unreadable') };
  }
}
