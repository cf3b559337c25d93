import { describe, expect, it } from 'vitest';
import { RELATIONS, linksByHighlight, partnerOf, relationKey } from './links';
import type { HighlightLink } from './types';

const link = (id: string, fromId: string, toId: string): HighlightLink => ({
  id,
  fromId,
  toId,
  relation: 'contradicts',
  note: '',
  createdAt: '',
});

describe('links between highlights', () => {
  it('finds the partner from either end', () => {
    const l = link('l', 'a', 'b');
    expect(partnerOf(l, 'a')).toBe('b');
    expect(partnerOf(l, 'b')).toBe('a');
  });
  it('indexes each link under both of its highlights', () => {
    const map = linksByHighlight([link('1', 'a', 'b'), link('2', 'c', 'a')]);
    expect(map.get('a')?.map((l) => l.id)).toEqual(['1', '2']);
    expect(map.get('b')?.map((l) => l.id)).toEqual(['1']);
    expect(map.get('z')).toBeUndefined();
  });
  it('gives each relation the catalog key of its name, unknown ones as related', () => {
    expect(RELATIONS.map((r) => r.id)).toEqual(['same-event', 'supports', 'contradicts', 'other']);
    expect(relationKey('same-event')).toBe('sameEvent');
    expect(relationKey('contradicts')).toBe('contradicts');
    expect(relationKey('newer' as never)).toBe('other');
  });
});
