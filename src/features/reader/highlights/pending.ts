import { create } from 'zustand';
import type { Highlight } from '@/domain/annotations/types';

/**
 * Highlights made in this tab whose write to IndexedDB has not come back through the live query
 * yet. The reader draws them at once, so a highlight appears in the frame after the key press
 * rather than after the write and the query (measured in benchmark row 3); a failed write takes
 * its highlight out again and says so.
 */
interface PendingState {
  pending: readonly Highlight[];
  add: (highlight: Highlight) => void;
  /** Drops these ids: stored and now listed by the live query, or failed. */
  drop: (ids: ReadonlySet<string>) => void;
}

export const usePendingHighlights = create<PendingState>()((set) => ({
  pending: [],
  add: (highlight) => set((s) => ({ pending: [...s.pending, highlight] })),
  drop: (ids) =>
    set((s) =>
      s.pending.some((h) => ids.has(h.id))
        ? { pending: s.pending.filter((h) => !ids.has(h.id)) }
        : s,
    ),
}));
