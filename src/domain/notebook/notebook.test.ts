import { describe, expect, it } from 'vitest';
import type { Highlight, HighlightColor, Tag } from '../annotations/types';
import {
  groupHighlights,
  matchesFilter,
  readNotebookParams,
  articleTagMatrix,
  tagArticleMatrix,
  writeNotebookParams,
  EMPTY_FILTER,
} from './notebook';

const hl = (
  id: string,
  articleId: string,
  start: number,
  colorId: string,
  tags: string[] = [],
): Highlight => ({
  id,
  articleId,
  colorId,
  tags,
  note: '',
  createdAt: `2026-01-01T00:00:0${id.length}Z`,
  updatedAt: '2026-01-01T00:00:00Z',
  target: {
    position: { type: 'TextPositionSelector', start, end: start + 5 },
    quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
    textHash: '',
  },
});

const articles = [
  { id: 'b', title: 'Bravo' },
  { id: 'a', title: 'Alpha' },
];
const tags: Tag[] = [
  { id: 't1', name: 'Eskalation', color: 'pink', description: '', createdAt: '' },
  { id: 't2', name: 'Atomwaffen', color: 'blue', description: '', createdAt: '' },
];
const colors: HighlightColor[] = [
  { id: 'key', label: 'Key claim', swatch: 'yellow', order: 0 },
  { id: 'ev', label: 'Evidence', swatch: 'green', order: 1 },
];
const highlights = [
  hl('a2', 'a', 50, 'ev', ['t1']),
  hl('a1', 'a', 10, 'key', ['t1', 't2']),
  hl('b1', 'b', 5, 'key'),
];
const context = { articles, tags, colors };

describe('groupHighlights', () => {
  it('groups by article in library order, highlights in reading order', () => {
    const groups = groupHighlights(highlights, 'article', context);
    expect(groups.map((g) => g.label)).toEqual(['Bravo', 'Alpha']);
    expect(groups[1]?.highlights.map((h) => h.id)).toEqual(['a1', 'a2']);
  });
  it('groups by tag alphabetically, lists a highlight under each of its tags, untagged last', () => {
    const groups = groupHighlights(highlights, 'tag', context);
    expect(groups.map((g) => [g.label, g.highlights.map((h) => h.id)])).toEqual([
      ['Atomwaffen', ['a1']],
      ['Eskalation', ['a1', 'a2']],
      ['', ['b1']],
    ]);
  });
  it('groups by colour in palette order and leaves out unused colours', () => {
    const groups = groupHighlights([highlights[2] as Highlight], 'color', context);
    expect(groups.map((g) => g.label)).toEqual(['Key claim']);
  });
});

describe('matchesFilter', () => {
  it('combines kinds with AND and choices within a kind with OR', () => {
    const f = { articles: ['a'], tags: ['t2', 'zzz'], colors: [] };
    expect(highlights.filter((h) => matchesFilter(h, f)).map((h) => h.id)).toEqual(['a1']);
  });
  it('matches a tag only on the highlight itself', () => {
    const f = { ...EMPTY_FILTER, tags: ['t1'] };
    expect(matchesFilter(highlights[2] as Highlight, f)).toBe(false);
    expect(matchesFilter(highlights[0] as Highlight, f)).toBe(true);
  });
});

describe('tagArticleMatrix', () => {
  it('counts highlights per tag and article, skipping unused tags', () => {
    const unused: Tag = { id: 't3', name: 'Leer', color: 'gray', description: '', createdAt: '' };
    const { rows, max } = tagArticleMatrix(highlights, [...tags, unused], articles);
    expect(rows.map((r) => [r.tag.name, r.cells.map((c) => c.count), r.total])).toEqual([
      ['Atomwaffen', [0, 1], 1],
      ['Eskalation', [0, 2], 2],
    ]);
    expect(max).toBe(2);
  });
});

describe('notebook URL parameters', () => {
  it('round-trips grouping and filters', () => {
    const filter = { articles: ['a'], tags: ['t1', 't2'], colors: ['ev'] };
    const params = new URLSearchParams(writeNotebookParams('tag', filter));
    expect(readNotebookParams(params)).toEqual({ grouping: 'tag', filter });
  });
  it('reads nothing as “by article, no filter”', () => {
    expect(readNotebookParams(new URLSearchParams(''))).toEqual({
      grouping: 'article',
      filter: EMPTY_FILTER,
    });
  });
});

describe('articleTagMatrix', () => {
  it('lists the tags on articles themselves, marking which articles carry each', () => {
    const rows = articleTagMatrix(
      { a: { tags: ['t2'] }, b: { tags: ['t2', 't1'] }, z: { tags: ['t1'] } },
      tags,
      articles,
    );
    expect(rows.map((r) => [r.tag.name, r.tagged, r.total])).toEqual([
      ['Atomwaffen', [true, true], 2],
      ['Eskalation', [true, false], 1],
    ]);
    expect(articleTagMatrix({}, tags, articles)).toEqual([]);
  });
});
