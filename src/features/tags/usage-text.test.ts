import { describe, expect, it } from 'vitest';
import { countLabel, usagePhrase, usageText } from './usage-text';

describe('usage text', () => {
  it('counts with singular and plural nouns', () => {
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(0, 'article')).toBe('0 articles');
    expect(countLabel(4, 'highlight')).toBe('4 highlights');
  });

  it('lists only what the tag is used on', () => {
    expect(usageText({ highlights: 3, articles: 1 })).toBe('3 highlights · 1 article');
    expect(usageText({ highlights: 0, articles: 2 })).toBe('2 articles');
    expect(usageText({ highlights: 0, articles: 0 })).toBe('Not used yet');
    expect(usageText(undefined)).toBe('Not used yet');
  });

  it('reads as a phrase in a sentence', () => {
    expect(usagePhrase({ highlights: 1, articles: 2 })).toBe('1 highlight and 2 articles');
    expect(usagePhrase({ highlights: 0, articles: 0 })).toBe('');
  });
});
