import { createContext, useContext } from 'react';
import type { Article } from '@/domain/article/types';
import type { Side } from './alignment-store';
import type { Spot } from './emphasis';
import type { CompareAlignment, ShownPair } from './use-alignment';

export interface AlignmentContextValue {
  alignment: CompareAlignment;
  articles: Record<Side, Article>;
  /** Scrolls to these passages (on a phone, shows the pane of `focus` first). */
  reveal: (spots: Spot[], focus: Side) => void;
}

export const AlignmentContext = createContext<AlignmentContextValue | undefined>(undefined);

/** The comparison of the two articles side by side; undefined until both are loaded. */
export const useAlignment = () => useContext(AlignmentContext);

/** The two passages of a pair as spots, `side` first. */
export function pairSpots(pair: ShownPair, side: Side): Spot[] {
  const other: Side = side === 'left' ? 'right' : 'left';
  return [
    { side, ...pair[side] },
    { side: other, ...pair[other] },
  ];
}
