import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { PARSER_WARM_UP, WARM_UP_SAMPLE } from './warm-up';

describe('the parser warm-up', () => {
  it('parses, through the parts a shipped article has', () => {
    expect(PARSER_WARM_UP.map((step) => step())).toEqual([true, true]);
    const parsed = parseArticle('warm-up', WARM_UP_SAMPLE);
    if (!parsed.ok) throw new Error('the sample does not parse');
    const { article } = parsed;
    expect(article.title).toBe('Die Allianz berät in Brüssel über die Lage im Osten');
    expect(article.date?.iso).toBe('2024-03-12');
    expect(article.language).toBe('de');
    expect(article.subtitle).toMatch(/^Der Generalsekretär/);
    expect(article.byline).toBe('Anna Beispiel');
    expect(article.removed.length).toBeGreaterThan(0);
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(4);
  });
});
