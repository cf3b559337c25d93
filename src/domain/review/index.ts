export { intervalOf, type Interval, type IntervalUnit } from './format-interval';
export {
  DEFAULT_NEW_PER_SESSION,
  buildQueue,
  matchesFilter,
  type QueueFilter,
  type QueueHighlight,
  type QueueInput,
  type QueueItem,
  type QueueItemKind,
} from './queue';
export { grade, isDue, newReviewState, previewIntervals } from './scheduler';
export {
  REVIEW_PHASE,
  REVIEW_RATINGS,
  type ReviewRating,
  type ReviewState,
  type SchedulerOptions,
} from './types';
