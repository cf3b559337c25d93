/**
 * How components read saved data: named hooks over live queries, the one place outside the
 * repositories that reads IndexedDB (docs/decisions/0013). Writes go through the repositories
 * (`@/db`). Lint lets only this folder import `react` and `dexie-react-hooks` inside src/db.
 */
export {
  useAllHighlights,
  useAllLinks,
  useArticleHighlightRecords,
  useColors,
  useHighlight,
  useHighlightCounts,
  useHighlightTagsByArticle,
  useLinkedHighlights,
  useTagUsage,
  useTags,
} from './annotations';
export {
  useArticleState,
  useArticleStates,
  useBackupStatus,
  useUserArticles,
  type BackupStatus,
} from './articles';
