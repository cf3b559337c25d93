import { describe, expect, it } from 'vitest';
import type { ArticleState } from '@/domain/annotations/types';
import { articleStateParts, countItems } from './describe-counts';
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

describe('countItems', () => {
  it('counts what the person made, not reading positions, with plurals right', () => {
    const states = [
      state('001', '', ['t1']),
      state('002', '', []),
      state('003', '', []),
      state('004', '', []),
      state('005', '', []),
    ];
    const counts = { ...zeroCounts(), articleStates: 5, highlights: 1, tags: 2, links: 1 };
    expect(countItems(counts, articleStateParts(states))).toEqual([
      { word: 'highlight', count: 1 },
      { word: 'taggedArticle', count: 1 },
      { word: 'tag', count: 2 },
      { word: 'link', count: 1 },
    ]);
  });

  it('names notes and tagged articles apart and says nothing for positions alone', () => {
    const parts = articleStateParts([state('a', '**Lawrow**', ['t']), state('b', 'x', [])]);
    expect(countItems({ ...zeroCounts(), articleStates: 2 }, parts)).toEqual([
      { word: 'articleNote', count: 2 },
      { word: 'taggedArticle', count: 1 },
    ]);
    expect(countItems({ ...zeroCounts(), articleStates: 3 }, { notes: 0, tagged: 0 })).toEqual([]);
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
    expect(countItems(plan.new, plan.articleParts.new)).toEqual([
      { word: 'articleNote', count: 1 },
    ]);
  });
});
