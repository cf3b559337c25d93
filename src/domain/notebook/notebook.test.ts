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
import { articleOutlets, NO_OUTLET_KEY } from '../library/outlets';
import { manifestEntry } from '../library/manifest.fixture';

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

describe('groupHighlights by outlet', () => {
  const entry = (id: string, title: string, source?: string, outlet?: string) =>
    manifestEntry(id, title, { ...(source ? { source } : {}), ...(outlet ? { outlet } : {}) });
  // 002's file credits Reuters; its page is Infobae's. 'c' and 'd' are both WSWS, spelt apart.
  const entries = [
    entry('r', 'Gipfel', 'Reuters', 'Infobae'),
    entry('w', 'Welt', 'WSWS'),
    entry('n', 'Namenlos'),
    entry('c', 'Zweiter', 'wsws.org'),
    entry('e', 'Eigen', 'RT DE'),
  ];
  const order = entries.map((e) => ({ id: e.id, title: e.summary?.title ?? '' }));
  const notes = [
    hl('n1', 'n', 1, 'key'),
    hl('w2', 'w', 20, 'key'),
    hl('c1', 'c', 1, 'key'),
    hl('w1', 'w', 10, 'key'),
    hl('r1', 'r', 1, 'key'),
    hl('e1', 'e', 1, 'key'),
    hl('gone', 'deleted-article', 1, 'key'),
  ];
  const group = (states: Parameters<typeof articleOutlets>[1] = {}) =>
    groupHighlights(notes, 'outlet', {
      ...context,
      articles: order,
      outlets: articleOutlets(entries, states),
    }).map((g) => [g.key, g.label, g.missing, g.highlights.map((h) => h.id)]);

  it('groups as the outlet filter does: by name, one outlet however spelt, no outlet last', () => {
    expect(group()).toEqual([
      ['infobae', 'Infobae', undefined, ['r1']],
      ['rtde', 'RT DE', undefined, ['e1']],
      ['wsws', 'WSWS', undefined, ['w1', 'w2', 'c1']],
      [NO_OUTLET_KEY, '', 'outlet', ['n1', 'gone']],
    ]);
  });

  it('takes the outlet the reader set over the derived one', () => {
    expect(
      group({ e: { details: { outlet: 'Infobae' } }, n: { details: { outlet: 'taz' } } }),
    ).toEqual([
      ['infobae', 'Infobae', undefined, ['r1', 'e1']],
      ['taz', 'taz', undefined, ['n1']],
      ['wsws', 'WSWS', undefined, ['w1', 'w2', 'c1']],
      [NO_OUTLET_KEY, '', 'outlet', ['gone']],
    ]);
  });

  it('puts everything under no outlet when no outlets are known', () => {
    const groups = groupHighlights(highlights, 'outlet', context);
    expect(groups.map((g) => [g.key, g.missing, g.highlights.length])).toEqual([
      [NO_OUTLET_KEY, 'outlet', 3],
    ]);
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
  it('reads and writes grouping by outlet', () => {
    const params = new URLSearchParams(writeNotebookParams('outlet', EMPTY_FILTER));
    expect(params.toString()).toBe('group=outlet');
    expect(readNotebookParams(params).grouping).toBe('outlet');
    expect(readNotebookParams(new URLSearchParams('group=publisher')).grouping).toBe('article');
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
