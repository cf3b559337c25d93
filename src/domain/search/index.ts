/**
 * German-aware full-text search over articles, highlight quotes, notes and tags (MiniSearch).
 * See README.md for the folding and tokenising decisions.
 */
export { foldGerman, foldWithOffsets, toOriginalRange, type FoldedText } from './fold';
export { scanTokens, indexTerms, type Token, type Word } from './tokenize';
export { STOP_WORDS, isStopWord } from './stop-words';
export { planQuery, type QueryPlan } from './query';
export { makeSnippet, mergeRanges, SNIPPET_LENGTH } from './snippet';
export {
  buildSearchIndex,
  updateHighlightInIndex,
  removeHighlightFromIndex,
  updateTagsInIndex,
  updateArticleInIndex,
  removeArticleFromIndex,
} from './build-index';
export { search, searchTags, DEFAULT_LIMIT } from './search';
export type {
  SearchArticle,
  SearchIndex,
  SearchInput,
  SearchKind,
  SearchOptions,
  SearchResult,
  SearchSnippet,
  TagSearchResult,
  TextRange,
} from './types';
