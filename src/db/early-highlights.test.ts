import { describe, expect, it } from 'vitest';
import { prefetchArticleHighlights, takeEarlyHighlights } from './early-highlights';
import { createHighlight } from './highlights-repo';
import { target, useTestDb } from './test-utils';

describe('early highlights (read during a cold start)', () => {
  const db = useTestDb();

  it('hands the article’s highlights to the first taker only', async () => {
    await createHighlight(db(), { articleId: 'a1', target: target(0, 'eins'), colorId: 'c' });
    await createHighlight(db(), { articleId: 'a2', target: target(0, 'zwei'), colorId: 'c' });
    await prefetchArticleHighlights(db(), 'a1');
    expect(takeEarlyHighlights('a1')?.map((h) => h.target.quote.exact)).toEqual(['eins']);
    // A later visit reads afresh, so it never sees highlights as they were.
    expect(takeEarlyHighlights('a1')).toBeUndefined();
  });

  it('gives nothing while still reading, and keeps nothing that arrives after', async () => {
    await createHighlight(db(), { articleId: 'a1', target: target(0, 'eins'), colorId: 'c' });
    const reading = prefetchArticleHighlights(db(), 'a1');
    expect(takeEarlyHighlights('a1')).toBeUndefined();
    await reading;
    expect(takeEarlyHighlights('a1')).toBeUndefined();
  });
});
