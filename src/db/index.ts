/**
 * The public API of Sidenote's storage layer. Features import from `@/db`; the review and
 * transfer repositories are imported from their own modules (`@/db/reviews-repo`,
 * `@/db/transfer-repo`) so their libraries (ts-fsrs, valibot) stay out of the first page.
 */
// The database is reached through connect.ts, which loads the storage engine (Dexie) on first
// use and not at all on a first visit; `@/db/database` is for tests and for this folder.
export {
  DEFAULT_DB_NAME,
  getDb,
  hasStoredData,
  loadEngineOnFirstIntent,
  readStored,
} from './connect';
export type { SidenoteDb } from './database';
export { DEFAULT_COLORS } from './default-colors';
export {
  onDatabaseBlockedByNewerVersion,
  type DatabaseClosedByOtherTabEvent,
  type DatabaseClosedListener,
} from './events';
export {
  DB_ERROR_MESSAGES,
  InvalidInputError,
  classifyDbError,
  writeErrorMessage,
  type ClassifiedDbError,
  type DbErrorKind,
} from './errors';
export type { MetaKey, MetaValues, ReviewState, UserArticleRecord } from './records';
export { LATEST_SCHEMA_VERSION } from './schema';

export {
  addHighlight,
  countHighlightsByArticle,
  createHighlight,
  deleteHighlight,
  getHighlight,
  highlightStats,
  listAllHighlights,
  listHighlightsForArticle,
  newHighlight,
  restoreHighlight,
  updateHighlight,
  type DeletedHighlight,
  type HighlightPatch,
  type NewHighlight,
} from './highlights-repo';
export { writeHighlightDeletion, writeHighlightPatch, writeNewHighlight } from './kept-writes';
export { replayPendingWrites } from './pending-replay';
export { prefetchArticleHighlights, takeEarlyHighlights } from './early-highlights';
export {
  NEVER_SAVED,
  defaultArticleState,
  getArticleState,
  listArticleStates,
  saveReadingPosition,
  setArticleNote,
  setArticleTags,
  setArticleDetails,
  setQuoteSpeaker,
  setPairDismissed,
  dismissedPairKeys,
  dismissalSlot,
  restoreDismissedPairs,
} from './article-state-repo';
export { linkPassages, type LinkedPassages, type PassageEnd } from './passage-links';
export {
  countTagUsage,
  createTag,
  deleteTag,
  listTags,
  mergeTags,
  normalizeTagName,
  recolorTag,
  renameTag,
  restoreTag,
  unmergeTags,
  type DeletedTag,
  type MergedTag,
  type MergeTagsResult,
  type RenameTagResult,
  type TagColor,
  type TagUsage,
} from './tags-repo';
export { listColors, renameColor } from './colors-repo';
export {
  createLink,
  deleteLink,
  listAllLinks,
  listLinksFor,
  type LinkedHighlight,
  type NewLink,
} from './links-repo';
export { getMeta, setMeta } from './meta-repo';
export {
  MAX_USER_ARTICLE_CHARS,
  USER_ARTICLE_PREFIX,
  addUserArticle,
  countUserArticleAnnotations,
  deleteUserArticle,
  getUserArticle,
  isUserArticleId,
  listUserArticles,
  restoreUserArticle,
  type RemovedUserArticle,
} from './user-articles-repo';
