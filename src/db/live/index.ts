/**
 * How components read saved data: named hooks over live queries, the one place outside the
 * repositories that reads IndexedDB (docs/decisions/0013). Writes go through the repositories
 * (`@/db`). Lint lets only this folder import `react` inside src/db. The hooks are `useLive`
 * (use-live.ts): Dexie's live queries, loaded on first use, and no storage engine at all on a
 * first visit (docs/decisions/0025).
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
