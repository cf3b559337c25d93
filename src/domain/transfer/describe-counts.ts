/**
 * Import counts in the person's terms: what they made (highlights, notes, tags, links…), each
 * with the right plural. An article's saved state is split into what was written (a note, its
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

export const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS: Record<Exclude<TransferKind, 'articleStates'>, [string, string]> = {
  highlights: ['highlight', 'highlights'],
  tags: ['tag', 'tags'],
  colors: ['colour meaning', 'colour meanings'],
  links: ['link between passages', 'links between passages'],
  reviews: ['review schedule', 'review schedules'],
  userArticles: ['added article', 'added articles'],
};

/** "1 highlight, 1 tagged article, 2 tags", or '' when there is nothing a person made. */
export function describeCounts(counts: Counts, parts: ArticleStateParts): string {
  const out: string[] = [];
  for (const kind of TRANSFER_KINDS) {
    if (kind === 'articleStates') {
      if (parts.notes > 0) out.push(countOf(parts.notes, 'article note', 'article notes'));
      if (parts.tagged > 0) out.push(countOf(parts.tagged, 'tagged article', 'tagged articles'));
    } else if (counts[kind] > 0) {
      const [one, many] = WORDS[kind];
      out.push(countOf(counts[kind], one, many));
    }
  }
  return out.join(', ');
}
