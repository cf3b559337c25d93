import {
  ARTICLE_DETAIL_FIELDS,
  type ArticleDetails,
  type ArticleState,
} from '@/domain/annotations/types';
import { nowAfter, nowIso } from './clock';
import type { SidenoteDb } from './database';

/** `updatedAt` of a state that was never saved. */
export const NEVER_SAVED = new Date(0).toISOString();

/** What an article the user has never touched looks like. */
export function defaultArticleState(articleId: string): ArticleState {
  return { articleId, tags: [], note: '', readingOffset: 0, progress: 0, updatedAt: NEVER_SAVED };
}

/** The saved state, or the default one (not written) when there is none. */
export async function getArticleState(db: SidenoteDb, articleId: string): Promise<ArticleState> {
  return (await db.articleStates.get(articleId)) ?? defaultArticleState(articleId);
}

/** Read-modify-write in one transaction, so two quick saves cannot lose each other's fields. */
async function changeArticleState(
  db: SidenoteDb,
  articleId: string,
  change: (current: ArticleState) => Partial<ArticleState>,
): Promise<ArticleState> {
  return db.transaction('rw', db.articleStates, async () => {
    const current = (await db.articleStates.get(articleId)) ?? defaultArticleState(articleId);
    const next: ArticleState = {
      ...current,
      ...change(current),
      articleId,
      updatedAt: nowAfter(current.updatedAt),
    };
    await db.articleStates.put(next);
    return next;
  });
}

function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/**
 * Remembers where the reader was: `offset` into the article text and `progress` (0..1, clamped).
 * Also records that the article was opened now.
 */
export async function saveReadingPosition(
  db: SidenoteDb,
  articleId: string,
  offset: number,
  progress: number,
): Promise<ArticleState> {
  return changeArticleState(db, articleId, () => ({
    readingOffset: Math.round(clamp(offset, 0, Number.MAX_SAFE_INTEGER)),
    progress: clamp(progress, 0, 1),
    lastOpenedAt: nowIso(),
  }));
}

export async function setArticleNote(
  db: SidenoteDb,
  articleId: string,
  note: string,
): Promise<ArticleState> {
  return changeArticleState(db, articleId, () => ({ note }));
}

/** Replaces the article's tag ids (duplicates dropped, order kept). */
export async function setArticleTags(
  db: SidenoteDb,
  articleId: string,
  tagIds: readonly string[],
): Promise<ArticleState> {
  return changeArticleState(db, articleId, () => ({ tags: [...new Set(tagIds)] }));
}

/** Every saved article state (articles never touched are absent). */
export async function listArticleStates(db: SidenoteDb): Promise<ArticleState[]> {
  return db.articleStates.toArray();
}

/**
 * Sets or clears details of the article (title, outlet, …): a string sets (trimmed; blank
 * clears), `undefined` clears, so the field reads as derived again.
 */
export async function setArticleDetails(
  db: SidenoteDb,
  articleId: string,
  patch: Partial<Record<keyof ArticleDetails, string | undefined>>,
): Promise<ArticleState> {
  return changeArticleState(db, articleId, (current) => {
    const details: ArticleDetails = {};
    for (const field of ARTICLE_DETAIL_FIELDS) {
      const value = field in patch ? patch[field]?.trim() : current.details?.[field];
      if (value) details[field] = value;
    }
    return { details: Object.keys(details).length > 0 ? details : undefined };
  });
}

/**
 * Keeps who says the quote with `quoteKey`: a name, '' for "not speech", or `undefined` to go
 * back to what Sidenote found.
 */
export async function setQuoteSpeaker(
  db: SidenoteDb,
  articleId: string,
  quoteKey: string,
  speaker: string | undefined,
): Promise<ArticleState> {
  return changeArticleState(db, articleId, (current) => {
    const speakers = Object.fromEntries(
      Object.entries(current.speakers ?? {}).filter(([key]) => key !== quoteKey),
    );
    if (speaker !== undefined) speakers[quoteKey] = speaker.trim();
    return { speakers: Object.keys(speakers).length > 0 ? speakers : undefined };
  });
}

/** Where a dismissal of a suggested pair between two articles is kept, and under what entry. */
export function dismissalSlot(
  articleA: string,
  articleB: string,
  pairKey: string,
): { articleId: string; entry: string } {
  const [first, other] = articleA <= articleB ? [articleA, articleB] : [articleB, articleA];
  return { articleId: first, entry: `${other}|${pairKey}` };
}

/** Remembers (or, with `dismissed` false, forgets) that a suggested pair was dismissed. */
export async function setPairDismissed(
  db: SidenoteDb,
  articleA: string,
  articleB: string,
  pairKey: string,
  dismissed: boolean,
): Promise<ArticleState> {
  const { articleId, entry } = dismissalSlot(articleA, articleB, pairKey);
  return changeArticleState(db, articleId, (current) => {
    const list = (current.dismissedPairs ?? []).filter((e) => e !== entry);
    if (dismissed) list.push(entry);
    return { dismissedPairs: list.length > 0 ? list : undefined };
  });
}

/** The pair keys dismissed between two articles. */
export async function dismissedPairKeys(
  db: SidenoteDb,
  articleA: string,
  articleB: string,
): Promise<Set<string>> {
  const { articleId, entry } = dismissalSlot(articleA, articleB, '');
  const state = await db.articleStates.get(articleId);
  return new Set(
    (state?.dismissedPairs ?? [])
      .filter((e) => e.startsWith(entry))
      .map((e) => e.slice(entry.length)),
  );
}

/** Brings back every dismissed suggestion between two articles. */
export async function restoreDismissedPairs(
  db: SidenoteDb,
  articleA: string,
  articleB: string,
): Promise<ArticleState> {
  const { articleId, entry } = dismissalSlot(articleA, articleB, '');
  return changeArticleState(db, articleId, (current) => {
    const list = (current.dismissedPairs ?? []).filter((e) => !e.startsWith(entry));
    return { dismissedPairs: list.length > 0 ? list : undefined };
  });
}
