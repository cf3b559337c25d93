import { describe, expect, it } from 'vitest';
import type { ArticleState } from '@/domain/annotations/types';
import { articleStateParts, describeCounts } from './describe-counts';
import { planImport, zeroCounts } from './merge-plan';
import type { BackupData } from './types';

const state = (articleId: string, note: string, tags: string[]): ArticleState => ({
  articleId,
  note,
  tags,
  readingOffset: 120,
  progress: 0.4,
  updatedAt: '2024-05-01T10:00:00.000Z',
});

describe('describeCounts', () => {
  it('counts what the person made, not reading positions, with plurals right', () => {
    const states = [
      state('001', '', ['t1']),
      state('002', '', []),
      state('003', '', []),
      state('004', '', []),
      state('005', '', []),
    ];
    const counts = { ...zeroCounts(), articleStates: 5, highlights: 1, tags: 2, links: 1 };
    expect(describeCounts(counts, articleStateParts(states))).toBe(
      '1 highlight, 1 tagged article, 2 tags, 1 link between passages',
    );
  });

  it('names notes and tagged articles apart and says nothing for positions alone', () => {
    const parts = articleStateParts([state('a', '**Lawrow**', ['t']), state('b', 'x', [])]);
    expect(describeCounts({ ...zeroCounts(), articleStates: 2 }, parts)).toBe(
      '2 article notes, 1 tagged article',
    );
    expect(describeCounts({ ...zeroCounts(), articleStates: 3 }, { notes: 0, tagged: 0 })).toBe('');
  });

  it('is carried through the import plan for new and updated article states', () => {
    const file: BackupData = {
      highlights: [],
      articleStates: [state('001', '', []), state('002', 'Notiz', [])],
      tags: [],
      colors: [],
      links: [],
      reviews: [],
      userArticles: [],
    };
    const empty = new Map();
    const plan = planImport(
      file,
      {
        highlights: empty,
        articleStates: empty,
        tags: empty,
        colors: empty,
        links: empty,
        reviews: empty,
        userArticles: empty,
        allTags: [],
      },
      { strategy: 'keep-newer' },
    );
    expect(plan.articleParts.new).toEqual({ notes: 1, tagged: 0 });
    expect(describeCounts(plan.new, plan.articleParts.new)).toBe('1 article note');
  });
});
