import { describe, expect, it } from 'vitest';
import { buildQueue, DEFAULT_NEW_PER_SESSION, type QueueHighlight } from './queue';
import { grade, newReviewState } from './scheduler';
import type { ReviewState } from './types';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const HOUR = 3_600_000;

function hl(
  id: string,
  opts: { articleId?: string; start?: number; createdAt?: string; tags?: string[] } = {},
): QueueHighlight {
  const start = opts.start ?? 0;
  return {
    id,
    articleId: opts.articleId ?? 'a1',
    tags: opts.tags ?? [],
    createdAt: opts.createdAt ?? '2025-03-01T00:00:00.000Z',
    target: {
      position: { type: 'TextPositionSelector', start, end: start + 5 },
      quote: { type: 'TextQuoteSelector', exact: 'xxxxx', prefix: '', suffix: '' },
      textHash: 'abc',
    },
  };
}

/** A state of `phase` due `hoursFromNow` hours from NOW (negative: overdue). */
function st(id: string, phase: 1 | 2 | 3, hoursFromNow: number): ReviewState {
  return {
    highlightId: id,
    due: new Date(NOW.getTime() + hoursFromNow * HOUR).toISOString(),
    stability: 3,
    difficulty: 5,
    reps: 2,
    lapses: phase === 3 ? 1 : 0,
    state: phase,
    lastReview: '2025-03-01T00:00:00.000Z',
  };
}

const ids = (q: { highlight: { id: string } }[]) => q.map((i) => i.highlight.id);

describe('buildQueue', () => {
  it('puts due (re)learning first, then due reviews by due date, then new ones', () => {
    const highlights = ['new1', 'rev-late', 'learn', 'rev-early', 'relearn', 'new2'].map((id, i) =>
      hl(id, { start: i * 10 }),
    );
    const states = [
      st('rev-late', 2, -1),
      st('learn', 1, -0.1),
      st('rev-early', 2, -48),
      st('relearn', 3, -0.5),
    ];
    const queue = buildQueue({ highlights, states, now: NOW });
    expect(ids(queue)).toEqual(['relearn', 'learn', 'rev-early', 'rev-late', 'new1', 'new2']);
    expect(queue.map((i) => i.kind)).toEqual([
      'learning',
      'learning',
      'review',
      'review',
      'new',
      'new',
    ]);
    expect(queue[0]?.state).toBe(states[3]);
    expect(queue[4]?.state).toBeUndefined();
  });

  it('leaves out what is not due yet, and keeps what is due exactly now', () => {
    const highlights = [hl('later'), hl('soon'), hl('now')];
    const states = [st('later', 2, 24), st('soon', 1, 0.1), st('now', 2, 0)];
    expect(ids(buildQueue({ highlights, states, now: NOW }))).toEqual(['now']);
  });

  it('treats a stored state that is still new like a highlight without one', () => {
    const highlights = [hl('stored-new', { start: 5 }), hl('plain', { start: 1 })];
    const states = [newReviewState('stored-new', new Date(NOW.getTime() + HOUR))];
    const queue = buildQueue({ highlights, states, now: NOW });
    expect(queue.map((i) => [i.highlight.id, i.kind])).toEqual([
      ['plain', 'new'],
      ['stored-new', 'new'],
    ]);
  });

  it('orders new ones article by article (first highlighted first), in text order', () => {
    const highlights = [
      hl('b-end', { articleId: 'b', start: 90, createdAt: '2025-03-02T00:00:00.000Z' }),
      hl('a-late', { articleId: 'a', start: 50, createdAt: '2025-03-05T00:00:00.000Z' }),
      hl('b-start', { articleId: 'b', start: 3, createdAt: '2025-03-04T00:00:00.000Z' }),
      hl('a-early', { articleId: 'a', start: 10, createdAt: '2025-03-03T00:00:00.000Z' }),
      hl('a-same-2', { articleId: 'a', start: 50, createdAt: '2025-03-06T00:00:00.000Z' }),
    ];
    expect(ids(buildQueue({ highlights, states: [], now: NOW }))).toEqual([
      'b-start',
      'b-end',
      'a-early',
      'a-late',
      'a-same-2',
    ]);
  });

  it('filters by article, by tag, or both', () => {
    const highlights = [
      hl('a-tagged', { articleId: 'a', tags: ['t1', 't2'] }),
      hl('a-plain', { articleId: 'a', start: 1 }),
      hl('b-tagged', { articleId: 'b', tags: ['t1'] }),
    ];
    const states = [st('b-tagged', 2, -1)];
    const q = (filter: { articleId?: string; tagId?: string }) =>
      ids(buildQueue({ highlights, states, now: NOW, filter })).sort();
    expect(q({ articleId: 'a' })).toEqual(['a-plain', 'a-tagged']);
    expect(q({ tagId: 't1' })).toEqual(['a-tagged', 'b-tagged']);
    expect(q({ articleId: 'b', tagId: 't1' })).toEqual(['b-tagged']);
    expect(q({ articleId: 'a', tagId: 't9' })).toEqual([]);
    expect(q({})).toHaveLength(3);
  });

  it('caps new highlights per session (20 by default) but never due ones', () => {
    const fresh = Array.from({ length: 30 }, (_, i) => hl(`n${i}`, { start: i }));
    const due = Array.from({ length: 25 }, (_, i) => hl(`d${i}`, { articleId: 'z' }));
    const states = due.map((h, i) => st(h.id, 2, -i - 1));
    const highlights = [...fresh, ...due];
    const queue = buildQueue({ highlights, states, now: NOW });
    expect(DEFAULT_NEW_PER_SESSION).toBe(20);
    expect(queue.filter((i) => i.kind === 'review')).toHaveLength(25);
    expect(ids(queue.filter((i) => i.kind === 'new'))).toEqual(fresh.slice(0, 20).map((h) => h.id));
    expect(buildQueue({ highlights, states, now: NOW, newLimit: 3 })).toHaveLength(28);
    expect(buildQueue({ highlights, states, now: NOW, newLimit: 0 })).toHaveLength(25);
  });

  it('cuts the whole queue at `limit`, keeping the order', () => {
    const highlights = [hl('n1'), hl('r1'), hl('l1')];
    const states = [st('r1', 2, -1), st('l1', 1, -1)];
    expect(ids(buildQueue({ highlights, states, now: NOW, limit: 2 }))).toEqual(['l1', 'r1']);
    expect(buildQueue({ highlights, states, now: NOW, limit: 0 })).toEqual([]);
  });

  it('ignores states of highlights it was not given', () => {
    const states = [st('gone', 2, -1), grade(newReviewState('also-gone', NOW), 'again', NOW)];
    expect(
      buildQueue({ highlights: [hl('h1')], states, now: NOW }).map((i) => i.highlight.id),
    ).toEqual(['h1']);
  });
});
