import { createContext, useContext } from 'react';
import type { ArticleDetails } from '@/domain/annotations/types';

/**
 * The details the reader set or confirmed (title, outlet, author, …), by article id, for the
 * article header to show over the derived ones. A view provides what it has read (the single
 * reader: its article's state); without a provider (the prerendered page) the header shows
 * what was derived.
 */
export const StoredDetailsContext = createContext<
  Readonly<Record<string, ArticleDetails | undefined>>
>({});

export const useStoredDetails = (articleId: string): ArticleDetails | undefined =>
  useContext(StoredDetailsContext)[articleId];
