import type { ArticleState } from '@/domain/annotations/types';
import { defaultArticleState, getArticleState, listArticleStates } from '../article-state-repo';
import { highlightStats } from '../highlights-repo';
import { getMeta } from '../meta-repo';
import type { UserArticleRecord } from '../records';
import { listUserArticles } from '../user-articles-repo';
import { useLive } from './use-live';

/** What the user keeps about articles, read live like the hooks in annotations.ts. */

/** Saved article states by article id (articles never touched are absent). */
export function useArticleStates(): Record<string, ArticleState> | undefined {
  return useLive(
    async (db) => {
      const states = await listArticleStates(db);
      return Object.fromEntries(states.map((s) => [s.articleId, s]));
    },
    [],
    () => ({}),
  );
}

/** One article's tags, note and place (the default state for an article never touched). */
export function useArticleState(articleId: string): ArticleState | undefined {
  return useLive(
    (db) => getArticleState(db, articleId),
    [articleId],
    () => defaultArticleState(articleId),
  );
}

/** The articles the user added, in the order they were added. */
export function useUserArticles(): UserArticleRecord[] | undefined {
  return useLive(
    (db) => listUserArticles(db),
    [],
    () => [],
  );
}

export interface BackupStatus {
  highlightCount: number;
  oldestHighlightAt?: string;
  lastExportAt?: string;
}

/** What the backup reminder weighs: how much there is to lose, and the last export. */
export function useBackupStatus(): BackupStatus | undefined {
  return useLive(
    async (db) => {
      const [stats, lastExportAt] = await Promise.all([
        highlightStats(db),
        getMeta(db, 'lastExportAt'),
      ]);
      return {
        highlightCount: stats.count,
        oldestHighlightAt: stats.oldestCreatedAt,
        lastExportAt,
      };
    },
    [],
    () => ({ highlightCount: 0, oldestHighlightAt: undefined, lastExportAt: undefined }),
  );
}
