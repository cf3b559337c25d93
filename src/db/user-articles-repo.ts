import type { ArticleState, Highlight, HighlightLink } from '@/domain/annotations/types';
import type { ReviewState, UserArticleRecord } from './records';
import type { SidenoteDb } from './database';
import { newId, nowIso } from './clock';
import { InvalidInputError } from './errors';
import { USER_ARTICLE_PREFIX } from './user-article-id';

export { isUserArticleId, USER_ARTICLE_PREFIX } from './user-article-id';

/** Text the user can add is capped so one paste cannot fill the browser's storage. */
export const MAX_USER_ARTICLE_CHARS = 5_000_000;

/** Keeps an article the user added (from a file or pasted text). */
export async function addUserArticle(
  db: SidenoteDb,
  input: { fileName: string; raw: string; summary?: UserArticleRecord['summary'] },
): Promise<UserArticleRecord> {
  if (input.raw.trim() === '') {
    throw new InvalidInputError(`“${input.fileName}” is empty. Add a file with some text in it.`, {
      code: 'errors.article.added.emptyText',
      params: { file: input.fileName },
    });
  }
  if (input.raw.length > MAX_USER_ARTICLE_CHARS) {
    throw new InvalidInputError(
      `“${input.fileName}” is longer than 5 million characters. Split it into smaller articles.`,
      { code: 'errors.article.added.tooLong', params: { file: input.fileName } },
    );
  }
  const record: UserArticleRecord = {
    id: `${USER_ARTICLE_PREFIX}${newId().slice(0, 8)}`,
    fileName: input.fileName.slice(0, 200),
    raw: input.raw,
    addedAt: nowIso(),
    ...(input.summary ? { summary: input.summary } : {}),
  };
  await db.userArticles.add(record);
  return record;
}

export async function listUserArticles(db: SidenoteDb): Promise<UserArticleRecord[]> {
  return db.userArticles.orderBy('addedAt').toArray();
}

export async function getUserArticle(
  db: SidenoteDb,
  id: string,
): Promise<UserArticleRecord | undefined> {
  return db.userArticles.get(id);
}

/** What removing an article takes with it, to say so before the user confirms. */
export async function countUserArticleAnnotations(db: SidenoteDb, id: string): Promise<number> {
  return db.highlights.where('articleId').equals(id).count();
}

/** Everything `deleteUserArticle` took away, so `restoreUserArticle` can put it back. */
export interface RemovedUserArticle {
  article: UserArticleRecord;
  highlights: Highlight[];
  links: HighlightLink[];
  reviews: ReviewState[];
  state: ArticleState | undefined;
}

const tablesOf = (db: SidenoteDb) => [
  db.userArticles,
  db.highlights,
  db.links,
  db.reviews,
  db.articleStates,
];

/**
 * Removes an added article with everything attached to it (highlights, their links and review
 * state, the article's note and tags) in one transaction, and returns what it removed for Undo.
 */
export async function deleteUserArticle(
  db: SidenoteDb,
  id: string,
): Promise<{ highlights: number; removed?: RemovedUserArticle }> {
  return db.transaction('rw', tablesOf(db), async () => {
    const article = await db.userArticles.get(id);
    const highlights = await db.highlights.where('articleId').equals(id).toArray();
    const ids = highlights.map((h) => h.id);
    const from = await db.links.where('fromId').anyOf(ids).toArray();
    const to = await db.links.where('toId').anyOf(ids).toArray();
    const links = [...new Map([...from, ...to].map((l) => [l.id, l])).values()];
    const reviews = (await db.reviews.bulkGet(ids)).filter((r) => r !== undefined);
    const state = await db.articleStates.get(id);
    await db.links.bulkDelete(links.map((l) => l.id));
    await db.reviews.bulkDelete(ids);
    await db.highlights.bulkDelete(ids);
    await db.articleStates.delete(id);
    await db.userArticles.delete(id);
    const removed = article && { article, highlights, links, reviews, state };
    return { highlights: ids.length, removed };
  });
}

/**
 * Undoes `deleteUserArticle`. A link whose other end has gone since is left out, so nothing
 * points at a missing highlight.
 */
export async function restoreUserArticle(db: SidenoteDb, removed: RemovedUserArticle) {
  await db.transaction('rw', tablesOf(db), async () => {
    await db.userArticles.put(removed.article);
    await db.highlights.bulkPut(removed.highlights);
    await db.reviews.bulkPut(removed.reviews);
    if (removed.state) await db.articleStates.put(removed.state);
    const ends = [...new Set(removed.links.flatMap((l) => [l.fromId, l.toId]))];
    const present = new Set((await db.highlights.bulkGet(ends)).flatMap((h) => (h ? [h.id] : [])));
    await db.links.bulkPut(
      removed.links.filter((l) => present.has(l.fromId) && present.has(l.toId)),
    );
  });
}
