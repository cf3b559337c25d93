import type { Highlight } from '@/domain/annotations/types';
import { isDue } from './scheduler';
import { REVIEW_PHASE, type ReviewState } from './types';

/** How many never-reviewed highlights one session introduces by default. */
export const DEFAULT_NEW_PER_SESSION = 20;

/** What the queue needs of a highlight. */
export type QueueHighlight = Pick<Highlight, 'id' | 'articleId' | 'tags' | 'createdAt' | 'target'>;

export interface QueueFilter {
  articleId?: string;
  /** Only highlights carrying this tag id. */
  tagId?: string;
}

export type QueueItemKind = 'learning' | 'review' | 'new';

export interface QueueItem<H extends QueueHighlight> {
  highlight: H;
  /** Undefined for a highlight never reviewed. */
  state?: ReviewState;
  kind: QueueItemKind;
}

export interface QueueInput<H extends QueueHighlight> {
  highlights: readonly H[];
  /** States of reviewed highlights; states of highlights not in `highlights` are ignored. */
  states: readonly ReviewState[];
  now: Date;
  filter?: QueueFilter;
  /** Most new highlights to include (default 20). Pass what is left of the session's allowance. */
  newLimit?: number;
  /** Most items in all (default: no limit). */
  limit?: number;
}

export function matchesFilter(h: QueueHighlight, filter: QueueFilter | undefined): boolean {
  if (filter?.articleId !== undefined && h.articleId !== filter.articleId) return false;
  if (filter?.tagId !== undefined && !h.tags.includes(filter.tagId)) return false;
  return true;
}

function kindOf(state: ReviewState | undefined): QueueItemKind {
  if (!state || state.state === REVIEW_PHASE.new) return 'new';
  return state.state === REVIEW_PHASE.review ? 'review' : 'learning';
}

const byDue = <H extends QueueHighlight>(a: QueueItem<H>, b: QueueItem<H>) =>
  Date.parse(a.state?.due ?? '') - Date.parse(b.state?.due ?? '');

/**
 * New highlights in reading order: articles by when they were first highlighted, then by position
 * in the article text; creation time and id break ties.
 */
function byReadingOrder<H extends QueueHighlight>(items: QueueItem<H>[]): QueueItem<H>[] {
  const firstCreated = new Map<string, string>();
  for (const { highlight: h } of items) {
    const seen = firstCreated.get(h.articleId);
    if (seen === undefined || h.createdAt < seen) firstCreated.set(h.articleId, h.createdAt);
  }
  const articleKey = (h: H) => `${firstCreated.get(h.articleId) ?? ''}\u0000${h.articleId}`;
  return items.sort((x, y) => {
    const a = x.highlight;
    const b = y.highlight;
    const ka = articleKey(a);
    const kb = articleKey(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    const byPosition = a.target.position.start - b.target.position.start;
    if (byPosition !== 0) return byPosition;
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * The highlights to review at `now`: (re)learning ones that are due, most overdue first; then due
 * reviews by due date; then up to `newLimit` never-reviewed ones in reading order. A highlight
 * without a state is new and due at once. Learning steps not yet due are left out.
 */
export function buildQueue<H extends QueueHighlight>(input: QueueInput<H>): QueueItem<H>[] {
  const statesById = new Map(input.states.map((s) => [s.highlightId, s]));
  const learning: QueueItem<H>[] = [];
  const reviews: QueueItem<H>[] = [];
  const fresh: QueueItem<H>[] = [];
  for (const highlight of input.highlights) {
    if (!matchesFilter(highlight, input.filter)) continue;
    const state = statesById.get(highlight.id);
    const kind = kindOf(state);
    if (kind !== 'new' && state && !isDue(state, input.now)) continue;
    const item: QueueItem<H> = state ? { highlight, state, kind } : { highlight, kind };
    (kind === 'learning' ? learning : kind === 'review' ? reviews : fresh).push(item);
  }
  const newLimit = Math.max(0, input.newLimit ?? DEFAULT_NEW_PER_SESSION);
  const queue = [
    ...learning.sort(byDue),
    ...reviews.sort(byDue),
    ...byReadingOrder(fresh).slice(0, newLimit),
  ];
  return input.limit === undefined ? queue : queue.slice(0, Math.max(0, input.limit));
}
