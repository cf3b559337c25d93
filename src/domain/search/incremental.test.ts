import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  removeArticleFromIndex,
  removeHighlightFromIndex,
  updateArticleInIndex,
  updateHighlightInIndex,
  updateTagsInIndex,
} from './build-index';
import { search, searchTags } from './search';
import { makeArticle, makeHighlight, makeTag } from './search-fixtures';

const article = makeArticle('a1', 'Gipfel in Vilnius', [
  'Die Staats- und Regierungschefs trafen sich in Vilnius.',
  'Selenskyj forderte eine klare Beitrittsperspektive für die Ukraine.',
]);

function setup() {
  const tag = makeTag('t1', 'Erweiterung');
  const highlight = makeHighlight('h1', article, 'klare Beitrittsperspektive', 'Wichtig', ['t1']);
  return {
    index: buildSearchIndex({ articles: [article], highlights: [highlight], tags: [tag] }),
    highlight,
    tag,
  };
}

const highlightIds = (results: { highlightId?: string }[]) =>
  results.map((r) => r.highlightId).filter((id) => id !== undefined);

describe('incremental updates', () => {
  it('adds a new highlight', () => {
    const { index } = setup();
    expect(search(index, 'Regierungschefs', { kinds: ['highlight'] })).toEqual([]);
    const added = makeHighlight('h2', article, 'Regierungschefs trafen sich', 'Treffen der Chefs');
    updateHighlightInIndex(index, added, []);
    expect(highlightIds(search(index, 'Regierungschefs', { kinds: ['highlight'] }))).toEqual([
      'h2',
    ]);
    expect(highlightIds(search(index, 'Treffen', { kinds: ['note'] }))).toEqual(['h2']);
  });

  it('replaces an edited note and tags', () => {
    const { index, highlight } = setup();
    expect(highlightIds(search(index, 'Wichtig'))).toEqual(['h1']);
    const edited = { ...highlight, note: 'Zentrale Forderung', tags: ['t2'] };
    updateHighlightInIndex(index, edited, [makeTag('t2', 'Forderungen')]);
    expect(search(index, 'Wichtig')).toEqual([]);
    expect(search(index, 'Erweiterung')).toEqual([]);
    expect(search(index, 'Zentrale')).toEqual([
      expect.objectContaining({ kind: 'note', highlightId: 'h1' }),
    ]);
    expect(search(index, 'Forderungen', { kinds: ['tag'] })).toEqual([
      expect.objectContaining({ kind: 'tag', highlightId: 'h1' }),
    ]);
  });

  it('removes a highlight', () => {
    const { index } = setup();
    const documents = index.mini.documentCount;
    removeHighlightFromIndex(index, 'h1');
    expect(index.mini.documentCount).toBe(documents - 1);
    expect(search(index, 'Wichtig')).toEqual([]);
    expect(search(index, 'Beitrittsperspektive').map((r) => r.kind)).toEqual(['paragraph']);
    removeHighlightFromIndex(index, 'h1'); // a second remove is harmless
    removeHighlightFromIndex(index, 'unknown');
  });

  it('re-indexes highlights when a tag is renamed or deleted', () => {
    const { index, tag } = setup();
    updateTagsInIndex(index, [{ ...tag, name: 'NATO-Beitritt' }]);
    expect(search(index, 'Erweiterung')).toEqual([]);
    expect(highlightIds(search(index, 'Beitritt', { kinds: ['tag'] }))).toEqual(['h1']);
    expect(searchTags(index, 'NATO').map((t) => t.tagId)).toEqual(['t1']);
    updateTagsInIndex(index, []);
    expect(search(index, 'Beitritt', { kinds: ['tag'] })).toEqual([]);
    expect(searchTags(index, 'NATO')).toEqual([]);
  });

  it('replaces and removes an article', () => {
    const { index } = setup();
    const revised = makeArticle('a1', 'Gipfel in Vilnius', ['Ganz neuer Absatz über Litauen.']);
    updateArticleInIndex(index, revised);
    expect(search(index, 'Selenskyj')).toEqual([]);
    const hit = search(index, 'Litauen')[0];
    expect(revised.text.slice(hit?.start, hit?.end)).toContain('Litauen');
    removeArticleFromIndex(index, 'a1');
    expect(search(index, 'Litauen')).toEqual([]);
    expect(search(index, 'Vilnius')).toEqual([]);
    // Highlights stay until removed on their own.
    expect(highlightIds(search(index, 'Wichtig'))).toEqual(['h1']);
  });
});
