import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, updateArticleInIndex } from './build-index';
import { foldGerman } from '../text/fold';
import { search } from './search';
import { loadSeeds, makeArticle } from './search-fixtures';
import { isStopWord } from './stop-words';

const seeds = loadSeeds();
const index = buildSearchIndex({ articles: seeds, highlights: [], tags: [] });

const piece = fc.constantFrom(
  'ä',
  'ö',
  'ü',
  'Ä',
  'Ü',
  'ß',
  'sch',
  'st',
  'ei',
  'au',
  'en',
  'er',
  'ung',
  'k',
  'r',
  't',
  'l',
  'm',
  'a',
  'o',
  'i',
  'E',
  'W',
);
const germanWord = fc
  .array(piece, { minLength: 2, maxLength: 7 })
  .map((pieces) => pieces.join(''))
  .filter((w) => {
    const folded = foldGerman(w);
    return !isStopWord(folded) && !isStopWord(dotless(w));
  });

/** The spelling a user types without umlaut dots (ß stays ss). */
function dotless(word: string): string {
  return foldGerman(word.replace(/[äöüÄÖÜ]/g, (c) => c.normalize('NFD').charAt(0)));
}

describe('search (property)', () => {
  it('finds a word inserted into any paragraph, by its own, folded and dotless spelling', () => {
    fc.assert(
      fc.property(germanWord, fc.nat(), fc.nat(), fc.nat(), (word, a, p, at) => {
        const seed = seeds[a % seeds.length];
        if (!seed) return;
        const texts = seed.paragraphs.map((r) => seed.text.slice(r.start, r.end));
        const k = p % texts.length;
        const words = (texts[k] ?? '').split(' ');
        words.splice(at % (words.length + 1), 0, word);
        texts[k] = words.join(' ');
        const article = makeArticle(seed.id, seed.title, texts);
        updateArticleInIndex(index, article);
        const target = article.paragraphs[k];
        for (const query of [word, foldGerman(word), dotless(word)]) {
          const hits = search(index, query, { kinds: ['paragraph'], limit: 10_000 });
          const hit = hits.find((r) => r.articleId === seed.id && r.start === target?.start);
          expect(hit, `${query} in ${seed.id}#${k}`).toBeDefined();
          expect(hit?.snippet.matches.length).toBeGreaterThan(0);
          expect(article.text.slice(hit?.firstMatch?.start, hit?.firstMatch?.end)).not.toBe('');
        }
        updateArticleInIndex(index, seed);
      }),
      { numRuns: 60 },
    );
  });
});
