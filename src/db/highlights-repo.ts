import type { Highlight, HighlightLink } from '@/domain/annotations/types';
import { atOrAfter, newId, nowAfter, nowIso } from './clock';
import { isUserArticleId } from './user-article-id';
import type { SidenoteDb } from './database';
import { patchedHighlight, uniqueTags, type HighlightPatch } from './highlight-patch';
import { listLinksFor } from './links-repo';
import type { ReviewState } from './records';
import { shareRepeatedStrings } from './shared-strings';

export { shareRepeatedStrings };

export type NewHighlight = Pick<Highlight, 'articleId' | 'target' | 'colorId'> &
  Partial<Pick<Highlight, 'note' | 'tags'>>;

export type { HighlightPatch };

/** Everything `deleteHighlight` removed, so an undo can put it back with `restoreHighlight`. */
export interface DeletedHighlight {
  highlight: Highlight;
  links: HighlightLink[];
  review?: ReviewState;
}

/** A new highlight record with its id and times, not stored yet (the reader shows it at once). */
export function newHighlight(input: NewHighlight): Highlight {
  const now = nowIso();
  return {
    id: newId(),
    articleId: input.articleId,
    target: input.target,
    colorId: input.colorId,
    note: input.note ?? '',
    tags: uniqueTags(input.tags ?? []),
    createdAt: now,
    updatedAt: now,
  };
}

/** Stores a record made by `newHighlight`; rejects if one with its id exists. */
export async function addHighlight(db: SidenoteDb, highlight: Highlight): Promise<Highlight> {
  await db.highlights.add(highlight);
  return highlight;
}

/**
 * Stores a record made by `newHighlight` unless the database holds it already in the same or a
 * newer version: the write of a new highlight, which another tab may be replaying from its
 * pending copy at the same moment (pending-writes.ts), so neither write fails on the other.
 * `stillWanted` is asked inside the transaction, just before the write.
 */
export async function storeNewHighlight(
  db: SidenoteDb,
  highlight: Highlight,
  stillWanted: () => boolean = () => true,
): Promise<void> {
  await db.transaction('rw', [db.highlights, db.userArticles], async () => {
    if (!stillWanted()) return;
    // An added article removed meanwhile (in another tab, or before a replay) takes its
    // highlights with it: one written late would hang on an article that is gone.
    const { articleId } = highlight;
    if (isUserArticleId(articleId) && !(await db.userArticles.get(articleId))) return;
    const stored = await db.highlights.get(highlight.id);
    if (!stored || stored.updatedAt < highlight.updatedAt) await db.highlights.put(highlight);
  });
}

export async function createHighlight(db: SidenoteDb, input: NewHighlight): Promise<Highlight> {
  return addHighlight(db, newHighlight(input));
}

/**
 * Applies `patch` and moves `updatedAt` forward: to `at`, when the change was asked for, if given
 * (and later than the stored version), else to now. Resolves to undefined if there is no such
 * highlight.
 */
export async function updateHighlight(
  db: SidenoteDb,
  id: string,
  patch: HighlightPatch,
  at?: string,
): Promise<Highlight | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const current = await db.highlights.get(id);
    if (!current) return undefined;
    const updatedAt = at ? atOrAfter(at, current.updatedAt) : nowAfter(current.updatedAt);
    const next = patchedHighlight(current, patch, updatedAt);
    await db.highlights.put(next);
    return next;
  });
}

/** Deletes a highlight with its links and review state; resolves to what was removed. */
export async function deleteHighlight(
  db: SidenoteDb,
  id: string,
): Promise<DeletedHighlight | undefined> {
  return db.transaction('rw', [db.highlights, db.links, db.reviews], async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) return undefined;
    const links = await listLinksFor(db, [id]);
    const review = await db.reviews.get(id);
    await db.links.bulkDelete(links.map((l) => l.id));
    await db.reviews.delete(id);
    await db.highlights.delete(id);
    return review ? { highlight, links, review } : { highlight, links };
  });
}

/**
 * Puts a deleted highlight back exactly as it was. Links are restored only where the other
 * highlight still exists (it may have been deleted meanwhile).
 */
export async function restoreHighlight(
  db: SidenoteDb,
  highlight: Highlight,
  links: readonly HighlightLink[],
  review?: ReviewState,
): Promise<void> {
  await db.transaction('rw', [db.highlights, db.links, db.reviews], async () => {
    await db.highlights.put(highlight);
    const otherIds = links.map((l) => (l.fromId === highlight.id ? l.toId : l.fromId));
    const others = await db.highlights.bulkGet(otherIds);
    const restorable = links.filter((_, i) => others[i] !== undefined);
    await db.links.bulkPut(restorable);
    if (review) await db.reviews.put(review);
  });
}

/**
 * All highlights on one article, oldest first. Sorting into reading order is the caller's job.
 * Read in a transaction of its own: in a live query Dexie would otherwise keep the rows in its
 * query cache and hand out a deep copy (benchmark row 4: 5,000 records held twice).
 */
export async function listHighlightsForArticle(
  db: SidenoteDb,
  articleId: string,
): Promise<Highlight[]> {
  const rows = await db.transaction('r', db.highlights, () =>
    db.highlights.where('articleId').equals(articleId).sortBy('createdAt'),
  );
  return shareRepeatedStrings(rows);
}

export async function listAllHighlights(db: SidenoteDb): Promise<Highlight[]> {
  return db.highlights.toArray();
}

export async function getHighlight(db: SidenoteDb, id: string): Promise<Highlight | undefined> {
  return db.highlights.get(id);
}

/** Number of highlights per article id; articles without highlights are absent. */
export async function countHighlightsByArticle(db: SidenoteDb): Promise<Record<string, number>> {
  const keys = await db.highlights.orderBy('articleId').keys();
  const counts: Record<string, number> = {};
  for (const key of keys) {
    const articleId = String(key);
    counts[articleId] = (counts[articleId] ?? 0) + 1;
  }
  return counts;
}

/** How many highlights there are and when the first was made (for the backup reminder). */
export async function highlightStats(
  db: SidenoteDb,
): Promise<{ count: number; oldestCreatedAt?: string }> {
  const [count, oldest] = await Promise.all([
    db.highlights.count(),
    db.highlights.orderBy('createdAt').first(),
  ]);
  return { count, oldestCreatedAt: oldest?.createdAt };
}
