import { describe, expect, it } from 'vitest';
import type { ArticleState } from '@/domain/annotations/types';
import {
  matchesFilter,
  parseTagFilter,
  tagsOfArticle,
  toggleTag,
  withTagFilter,
} from './tag-filter';

const state = (articleId: string, tags: string[]): ArticleState => ({
  articleId,
  tags,
  note: '',
  readingOffset: 0,
  progress: 0,
  updatedAt: '2024-01-01T00:00:00.000Z',
});

describe('tag filter in the URL', () => {
  it('reads repeated and comma-separated tags, dropping blanks and repeats', () => {
    expect(parseTagFilter(new URLSearchParams('tag=a&sort=title&tag=b,c&tag=a&tag=,'))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(parseTagFilter(new URLSearchParams('sort=title'))).toEqual([]);
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
