/** The articles the W3C export names: title and outlet as the app shows them. */
import { describe, expect, it } from 'vitest';
import type { ArticleDetails, ArticleState } from '@/domain/annotations/types';
import type { ArticleSummary } from '@/domain/article/types';
import { manifestEntry } from '@/domain/library/manifest.fixture';
import { annotationArticles } from './export-articles';

const entry = (id: string, summary: Partial<ArticleSummary>) => manifestEntry(id, id, summary);

const state = (articleId: string, details: ArticleDetails): ArticleState => ({
  articleId,
  tags: [],
  note: '',
  readingOffset: 0,
  progress: 0,
  updatedAt: '2026-12-06T00:00:00.000Z',
  details,
});

// As the seeds' manifest has them: 002 credits Reuters, but its page is Infobae's.
const ENTRIES = [
  entry('000', { title: 'NATO bereitet vor', source: 'WSWS.ORG', outlet: 'WSWS.ORG' }),
  entry('002', {
    title: 'Die NATO warnte',
    source: 'Reuters',
    outlet: 'Infobae',
    agency: 'Reuters',
  }),
  entry('003', { title: 'NATO verspricht' }),
  // Only an agency credit, no outlet found: the library shows none, so neither does the export.
  entry('005', { title: 'Agenturmeldung', source: 'dpa', agency: 'dpa' }),
  { id: '006', file: '006.txt', size: 1, sha256: '' },
];

describe('annotationArticles', () => {
  it('names the outlet the library shows, not the credited agency', () => {
    expect(annotationArticles(ENTRIES, [])).toEqual([
      { id: '000', title: 'NATO bereitet vor', source: 'WSWS.ORG' },
      { id: '002', title: 'Die NATO warnte', source: 'Infobae' },
      { id: '003', title: 'NATO verspricht' },
      { id: '005', title: 'Agenturmeldung' },
    ]);
  });

  it('takes the title and outlet the reader set over the derived ones', () => {
    const states = [
      state('002', { outlet: 'Reuters', title: 'Atomkrieg: die NATO warnt' }),
      state('003', { outlet: 'Tagesschau' }),
      state('000', { author: 'Jana' }),
    ];
    expect(annotationArticles(ENTRIES, states)).toEqual([
      { id: '000', title: 'NATO bereitet vor', source: 'WSWS.ORG' },
      { id: '002', title: 'Atomkrieg: die NATO warnt', source: 'Reuters' },
      { id: '003', title: 'NATO verspricht', source: 'Tagesschau' },
      { id: '005', title: 'Agenturmeldung' },
    ]);
  });
});
