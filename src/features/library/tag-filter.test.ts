import { describe, expect, it } from 'vitest';
import type { ArticleState, Tag } from '@/domain/annotations/types';
import { matchesFilter, tagsOfArticle, toggleTag, withTagFilter } from './tag-filter';
import { resolveTagValues, tagFilterValues } from '@/domain/annotations/tag-name';

const state = (articleId: string, tags: string[]): ArticleState => ({
  articleId,
  tags,
  note: '',
  readingOffset: 0,
  progress: 0,
  updatedAt: '2024-01-01T00:00:00.000Z',
});

describe('tag filter in the URL', () => {
  const TAGS: Tag[] = [
    { id: 'id-nato', name: 'NATO', color: 'blue', description: '', createdAt: '' },
    { id: 'id-krieg', name: 'Ukraine-Krieg', color: 'gray', description: '', createdAt: '' },
    { id: 'id-comma', name: 'Krieg, Frieden', color: 'gray', description: '', createdAt: '' },
  ];

  it('writes tag names, not ids, so a link can be read and shared', () => {
    expect(tagFilterValues(['id-nato', 'id-krieg'], TAGS)).toEqual(['NATO', 'Ukraine-Krieg']);
  });

  it('reads names in any case, older id links, comma lists and names with commas', () => {
    expect(resolveTagValues(['nato', 'Ukraine-Krieg', 'nato'], TAGS)).toEqual([
      'id-nato',
      'id-krieg',
    ]);
    expect(resolveTagValues(['id-nato,id-krieg', ','], TAGS)).toEqual(['id-nato', 'id-krieg']);
    expect(resolveTagValues(['Krieg, Frieden'], TAGS)).toEqual(['id-comma']);
    expect(resolveTagValues(['gone'], TAGS)).toEqual(['gone']);
  });

  it('writes the filter as repeated parameters and keeps the others', () => {
    const params = new URLSearchParams('sort=title&tag=old');
    expect(withTagFilter(params, ['x', 'y']).toString()).toBe('sort=title&tag=x&tag=y');
    expect(withTagFilter(params, []).toString()).toBe('sort=title');
    expect(params.toString()).toBe('sort=title&tag=old');
  });

  it('toggles a tag on and off', () => {
    expect(toggleTag(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleTag(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('which articles match', () => {
  const states = { a1: state('a1', ['nato']), a2: state('a2', []) };
  const highlightTags = { a2: ['nato', 'russia'], a3: ['russia'] };

  it('counts the article tags and the tags on its highlights', () => {
    expect([...tagsOfArticle('a1', states, highlightTags)]).toEqual(['nato']);
    expect([...tagsOfArticle('a2', states, highlightTags)].sort()).toEqual(['nato', 'russia']);
    expect([...tagsOfArticle('a4', states, highlightTags)]).toEqual([]);
  });

  it('needs every chosen tag', () => {
    const tags = new Set(['nato', 'russia']);
    expect(matchesFilter(tags, [])).toBe(true);
    expect(matchesFilter(tags, ['nato'])).toBe(true);
    expect(matchesFilter(tags, ['nato', 'russia'])).toBe(true);
    expect(matchesFilter(tags, ['nato', 'ukraine'])).toBe(false);
  });
});
