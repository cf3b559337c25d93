import { useCallback, useEffect, useMemo } from 'react';
import { useLocation } from 'wouter';
import type { Article } from '@/domain/article/types';
import { compareHref } from '@/shared/paths';
import { useAlignmentUi, type Side } from './alignment-store';
import type { AlignmentContextValue } from './alignment-context';
import { pairSpots } from './alignment-context';
import { EMPHASIS, emphasize, scrollToSpot, type Spot } from './emphasis';
import { useCompareAlignment } from './use-alignment';

/** Side by side on wide screens; on a phone the panes stack behind a switcher. */
const stacked = () => !window.matchMedia('(min-width: 48rem)').matches;

/**
 * The comparison for ComparePage: the alignment, how to reveal passages in the panes, and the
 * tint of the pair the reader points at or walked to.
 */
export function useAlignmentController(
  left: Article | undefined,
  right: Article | undefined,
  pane: Side,
): AlignmentContextValue | undefined {
  const alignment = useCompareAlignment(left, right);
  const [, navigate] = useLocation();
  const leftId = left?.id;
  const rightId = right?.id;

  const reveal = useCallback(
    (spots: Spot[], focus: Side) => {
      if (!leftId || !rightId) return;
      if (stacked()) {
        const spot = spots.find((s) => s.side === focus);
        if (!spot) return;
        if (focus !== pane)
          navigate(compareHref(leftId, rightId, { pane: focus }), { replace: true });
        // The pane is laid out a frame after it is shown.
        requestAnimationFrame(() => requestAnimationFrame(() => scrollToSpot(spot)));
      } else {
        spots.forEach(scrollToSpot);
      }
    },
    [leftId, rightId, pane, navigate],
  );

  // Tint the pair under the pointer and the one walked to, in both panes.
  const { hovered, active, lone } = useAlignmentUi();
  const pairs = alignment?.pairs;
  useEffect(() => {
    const spotsOf = (key: string | undefined) => {
      const pair = key ? pairs?.find((p) => p.key === key) : undefined;
      return pair ? pairSpots(pair, 'left') : [];
    };
    emphasize(EMPHASIS.hover, spotsOf(hovered));
    emphasize(EMPHASIS.active, lone ? [lone] : spotsOf(active));
  }, [pairs, hovered, active, lone]);
  useEffect(
    () => () => {
      emphasize(EMPHASIS.hover, []);
      emphasize(EMPHASIS.active, []);
      useAlignmentUi.setState({ hovered: undefined, active: undefined, lone: undefined });
    },
    [leftId, rightId],
  );

  return useMemo(
    () =>
      alignment && left && right ? { alignment, articles: { left, right }, reveal } : undefined,
    [alignment, left, right, reveal],
  );
}
