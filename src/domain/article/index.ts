/** The article domain: decoding, parsing and summarising plain-text article files. */
export type * from './types';
export { decodeArticleBytes, type DecodeResult } from './decode';
export { parseArticle } from './parse-article';
export { summarizeArticle, bodyText, EXCERPT_MAX } from './summary';
export { countWords, readingMinutes, WORDS_PER_MINUTE } from './word-count';
export { normalizeText, normalizeInline, stripBom, isBlank } from './normalize-text';
export { detectLanguage, foreignLanguage, languageScores, type LanguageCode } from './language';
export { parseDateLine, parseDateMarker, type DateMarker } from './date';
export { deriveTitle, firstSentence, truncateAtWord, DERIVED_TITLE_MAX } from './derive-title';
export { checkArticleInvariants } from './article-invariants';
export { articleError } from './errors';
export { PARAGRAPH_SEPARATOR } from './assemble';
