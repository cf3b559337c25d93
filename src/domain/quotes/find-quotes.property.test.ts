/**
 * Properties of the quotes found in any text, however broken its marks: every quote lies inside
 * its paragraph and its `text` is that slice of the article, quotes come in reading order and
 * never overlap, every speaker's place is inside the text, and keys are unique in an article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';
import { articleOf } from './test-article.fixture';

const PIECES = [
  'Stoltenberg',
  'Jens',
  'NATO-Generalsekretär',
  'der',
  'russische',
  'Außenminister',
  'Lawrow',
  'sagte',
  'erklärte',
  'so',
  'laut',
  'zufolge',
  'er',
  'sie',
  'es',
  'heißt',
  'im',
  'Kommuniqué',
  'sei',
  'Die',
  'Ukraine',
  'muss',
  'gewinnen',
  'Achse',
  'sogenannte',
  'Titel',
  'Wir',
  'bleiben',
  '„',
  '“',
  '”',
  '"',
  "'",
  '‚',
  '‘',
  '’',
  '»',
  '«',
  '›',
  '‹',
  ',',
  ':',
  '.',
  '!',
  '?',
  '…',
  '–',
  '[',
  ']',
  '(',
  ')',
  '\u00a0',
];

const paragraph = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', '', ' ', '  ')), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) =>
    parts
      .map(([w, s]) => w + s)
      .join('')
      .trim(),
  )
  .filter((p) => p.length > 0);

describe('findQuotes on any text', () => {
  it('keeps every quote inside its paragraph, in order, without overlaps', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const article = articleOf(...paragraphs);
        const quotes = findQuotes(article);
        let lastEnd = -1;
        const keys = new Set<string>();
        for (const q of quotes) {
          const p = article.paragraphs[q.paragraph];
          expect(p).toBeDefined();
          if (!p) return;
          expect(q.start).toBeGreaterThanOrEqual(p.start);
          expect(q.end).toBeLessThanOrEqual(p.end);
          expect(q.start).toBeLessThan(q.end);
          expect(article.text.slice(q.start, q.end)).toBe(q.text);
          expect(q.text).toBe(q.text.trim());
          expect(q.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = q.end;
          if (q.speaker) {
            expect(q.speaker.name.length).toBeGreaterThan(0);
            expect(q.speaker.start).toBeGreaterThanOrEqual(0);
            expect(q.speaker.end).toBeLessThanOrEqual(article.text.length);
            expect(q.speaker.start).toBeLessThanOrEqual(q.speaker.end);
          }
          expect(keys.has(q.key)).toBe(false);
          keys.add(q.key);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same quotes, with the same keys, in a paragraph wherever it stands', () => {
    fc.assert(
      fc.property(paragraph, paragraph, (before, p) => {
        const alone = findQuotes(articleOf(p)).map((q) => [q.text, q.key]);
        const shifted = findQuotes(articleOf('Ein Satz ohne Zitat davor.', p)).map((q) => [
          q.text,
          q.key,
        ]);
        // The paragraph before names nobody and ends in no colon, so it changes nothing.
        expect(shifted).toEqual(alone);
        void before;
      }),
      { numRuns: 200 },
    );
  });
});
