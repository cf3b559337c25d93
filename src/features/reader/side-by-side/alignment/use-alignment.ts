import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Alignment, PairKind, Passage } from '@/domain/alignment';
import type { Article } from '@/domain/article/types';
import type { Highlight, HighlightLink } from '@/domain/annotations/types';
import { dismissalSlot } from '@/db';
import { useAllLinks, useArticleHighlightRecords, useArticleState } from '@/db/live';
import { runAlignment } from '@/shared/analysis/run-analysis';

/** A suggested correspondence as the side-by-side view shows it. */
export interface ShownPair {
  key: string;
  kind: PairKind;
  score: number;
  left: Passage;
  right: Passage;
  /** A link already joins highlights on these two passages: no longer a suggestion. */
  linked: boolean;
}

export interface CompareAlignment {
  status: 'working' | 'ready' | 'failed';
  reason?: string;
  /** Not dismissed, in the order of the left article. */
  pairs: ShownPair[];
  /** Passages with no counterpart on the other side. */
  only: { left: Passage[]; right: Passage[] };
  dismissed: number;
}

const overlaps = (h: Highlight, p: Passage) =>
  h.target.position.start < p.end && p.start < h.target.position.end;

function linkedKeys(
  alignment: Alignment,
  left: readonly Highlight[],
  right: readonly Highlight[],
  links: readonly HighlightLink[],
): Set<string> {
  const keys = new Set<string>();
  const byId = new Map([...left, ...right].map((h) => [h.id, h]));
  for (const pair of alignment.pairs) {
    const joined = links.some((l) => {
      const [x, y] = [byId.get(l.fromId), byId.get(l.toId)];
      if (!x || !y) return false;
      const [l1, r1] = left.includes(x) ? [x, y] : [y, x];
      return (
        left.includes(l1) && right.includes(r1) && overlaps(l1, pair.a) && overlaps(r1, pair.b)
      );
    });
    if (joined) keys.add(pair.key);
  }
  return keys;
}

/**
 * The alignment of the two articles side by side, computed in a worker once per pair of texts,
 * less the pairs the reader dismissed, with the ones already linked marked.
 */
export function useCompareAlignment(
  left: Article | undefined,
  right: Article | undefined,
): CompareAlignment | undefined {
  const enabled = left !== undefined && right !== undefined && left.id !== right.id;
  const query = useQuery({
    queryKey: ['alignment', left?.id, left?.text.length, right?.id, right?.text.length],
    queryFn: () => runAlignment(left as Article, right as Article),
    enabled,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  });
  const slot = dismissalSlot(left?.id ?? '', right?.id ?? '', '');
  const state = useArticleState(slot.articleId);
  const leftHighlights = useArticleHighlightRecords(left?.id);
  const rightHighlights = useArticleHighlightRecords(right?.id);
  const links = useAllLinks();

  return useMemo(() => {
    if (!enabled) return undefined;
    if (query.isError) {
      return {
        status: 'failed',
        reason: query.error.message,
        pairs: [],
        only: { left: [], right: [] },
        dismissed: 0,
      };
    }
    const alignment = query.data;
    if (!alignment)
      return { status: 'working', pairs: [], only: { left: [], right: [] }, dismissed: 0 };
    const dismissed = new Set(
      (state?.dismissedPairs ?? [])
        .filter((e) => e.startsWith(slot.entry))
        .map((e) => e.slice(slot.entry.length)),
    );
    const linked = linkedKeys(alignment, leftHighlights ?? [], rightHighlights ?? [], links ?? []);
    const pairs = alignment.pairs
      .filter((p) => !dismissed.has(p.key))
      .map((p) => ({
        key: p.key,
        kind: p.kind,
        score: p.score,
        left: p.a,
        right: p.b,
        linked: linked.has(p.key),
      }));
    return {
      status: 'ready',
      pairs,
      only: { left: alignment.onlyA, right: alignment.onlyB },
      dismissed: alignment.pairs.length - pairs.length,
    };
  }, [
    enabled,
    query.isError,
    query.error,
    query.data,
    state,
    slot.entry,
    leftHighlights,
    rightHighlights,
    links,
  ]);
}
