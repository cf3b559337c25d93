/**
 * Import counts in the person's terms: what they made (highlights, notes, tags, links…); the
 * interface words each with the right plural (`transfer.count.<word>`). An article's saved state is split into what was written (a note, its
 * tags); a reading position alone is bookkeeping and is not counted.
 */
import type { ArticleState } from '@/domain/annotations/types';
import { TRANSFER_KINDS, type TransferKind } from './types';

export type Counts = Record<TransferKind, number>;

/** What a set of article states holds that a person wrote. */
export interface ArticleStateParts {
  notes: number;
  tagged: number;
}

export function articleStateParts(states: readonly ArticleState[]): ArticleStateParts {
  let notes = 0;
  let tagged = 0;
  for (const s of states) {
    if (s.note.trim() !== '') notes += 1;
    if (s.tags.length > 0) tagged += 1;
  }
  return { notes, tagged };
}

/** What a count is of, worded by the interface (`transfer.count.<word>`, with plurals). */
export type CountWord =
  | 'highlight'
  | 'articleNote'
  | 'taggedArticle'
  | 'tag'
  | 'color'
  | 'link'
  | 'review'
  | 'userArticle';

export interface CountItem {
  word: CountWord;
  count: number;
}

const WORDS: Record<Exclude<TransferKind, 'articleStates'>, CountWord> = {
  highlights: 'highlight',
  tags: 'tag',
  colors: 'color',
  links: 'link',
  reviews: 'review',
  userArticles: 'userArticle',
};

/**
 * What a person made, in the order the preview lists it ("1 highlight, 1 tagged article, 2
 * tags"); empty when there is nothing a person made. Kinds with nothing are left out.
 */
export function countItems(counts: Counts, parts: ArticleStateParts): CountItem[] {
  const out: CountItem[] = [];
  for (const kind of TRANSFER_KINDS) {
    if (kind === 'articleStates') {
      if (parts.notes > 0) out.push({ word: 'articleNote', count: parts.notes });
      if (parts.tagged > 0) out.push({ word: 'taggedArticle', count: parts.tagged });
    } else if (counts[kind] > 0) {
      out.push({ word: WORDS[kind], count: counts[kind] });
    }
  }
  return out;
}
