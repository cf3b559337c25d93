import { useCallback, useEffect, useState } from 'react';
import type { Highlight } from '@/domain/annotations/types';
import {
  buildQueue,
  type QueueFilter,
  type QueueItem,
  type ReviewRating,
  type ReviewState,
} from '@/domain/review';
import { getDb, listAllHighlights } from '@/db';
import { dbErrorText } from '@/shared/ui/error-text';
import { listReviewStates, recordGrade, restoreReviewState } from '@/db/reviews-repo';
import { showToast } from '@/shared/stores/toasts';
import { t } from '@/shared/i18n';

interface Done {
  item: QueueItem<Highlight>;
  previous?: ReviewState;
}

/**
 * One review session: the queue is taken once when it starts (so grading does not reshuffle
 * it), each grade is saved before moving on, and the last grade can be undone.
 */
/** `ready` false holds the session back until its filter is known (a tag named in the URL). */
export function useReviewSession(filter: QueueFilter, ready = true) {
  const [queue, setQueue] = useState<QueueItem<Highlight>[]>();
  const [position, setPosition] = useState(0);
  const [history, setHistory] = useState<Done[]>([]);
  const [busy, setBusy] = useState(false);
  const { articleId, tagId } = filter;

  const start = useCallback(async () => {
    const db = await getDb();
    const [highlights, states] = await Promise.all([listAllHighlights(db), listReviewStates(db)]);
    setQueue(buildQueue({ highlights, states, now: new Date(), filter: { articleId, tagId } }));
    setPosition(0);
    setHistory([]);
  }, [articleId, tagId]);

  useEffect(() => {
    // Loading the queue is the one-off read that starts a session.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (ready) void start();
  }, [start, ready]);

  const current = queue?.[position];

  const gradeCurrent = async (rating: ReviewRating) => {
    if (!current || busy) return;
    setBusy(true);
    try {
      const result = await recordGrade(await getDb(), current.highlight.id, rating, new Date());
      setHistory((h) => [...h, { item: current, previous: result?.previous }]);
      setPosition((p) => p + 1);
    } catch (err) {
      showToast({
        tone: 'error',
        message: t('review.error.grade', { reason: dbErrorText(err) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    const last = history.at(-1);
    if (!last || busy) return;
    setBusy(true);
    try {
      await restoreReviewState(await getDb(), last.previous, last.item.highlight.id);
      setHistory((h) => h.slice(0, -1));
      setPosition((p) => Math.max(0, p - 1));
    } catch (err) {
      showToast({
        tone: 'error',
        message: t('review.error.undo', { reason: dbErrorText(err) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return {
    loading: queue === undefined,
    total: queue?.length ?? 0,
    position,
    current,
    canUndo: history.length > 0,
    grade: gradeCurrent,
    undo,
    restart: start,
  };
}
