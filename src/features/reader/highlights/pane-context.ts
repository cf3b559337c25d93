import { createContext, useContext } from 'react';

/** In side-by-side reading, each pane knows the article in the other pane (for linking passages). */
export interface PaneInfo {
  side: 'left' | 'right';
  otherArticleId: string;
  otherTitle: string;
}

export const PaneContext = createContext<PaneInfo | undefined>(undefined);

export const usePane = () => useContext(PaneContext);
