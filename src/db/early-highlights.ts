import type { Highlight } from '@/domain/annotations/types';
import type { SidenoteDb } from './database';
import { listHighlightsForArticle } from './highlights-repo';

/**
 * An article's highlights, read while its file is still downloading on a cold load, so the
 * reader's first render already draws them (benchmark row 4) instead of starting the read then.
 * The live query takes over at once; this only saves the wait.
 */
const early = new Map<string, Highlight[] | 'reading'>();

export function prefetchArticleHighlights(db: SidenoteDb, articleId: string): Promise<void> {
  early.set(articleId, 'reading');
  return listHighlightsForArticle(db, articleId).then(
    (rows) => {
      // Taken while it was still reading: nobody will ask again.
      if (early.get(articleId) === 'reading') early.set(articleId, rows);
    },
    () => {
      // The live query will meet the same problem and show it; nothing to do here.
      early.delete(articleId);
    },
  );
}

/** The early read if it has finished, once: the next caller reads afresh. */
export function takeEarlyHighlights(articleId: string): Highlight[] | undefined {
  const rows = early.get(articleId);
  early.delete(articleId);
  return rows === 'reading' ? undefined : rows;
}
