/**
 * German-aware full-text search over articles, highlight quotes, notes and tags (MiniSearch).
 * See README.md for the folding and tokenising decisions.
 */
export { foldGerman, foldWithOffsets, toOriginalRange, type FoldedText } from '../text/fold';
export { scanTokens, type Token, type Word } from './tokenize';
export { isStopWord } from './stop-words';
export { makeSnippet, SNIPPET_LENGTH } from './snippet';
export {
  buildSearchIndex,
  updateHighlightInIndex,
  removeHighlightFromIndex,
  updateTagsInIndex,
  updateArticleInIndex,
  removeArticleFromIndex,
} from './build-index';
export { search, searchTags, isSearchableQuery, DEFAULT_LIMIT } from './search';
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
