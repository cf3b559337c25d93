import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignArticles } from './align';
import { article } from './test-articles.fixture';
import type { AlignInput, Passage } from './types';

// prettier-ignore
const WORDS = ['Nato', 'Russland', 'Ukraine', 'Außenminister', 'Aussenminister', 'Gipfel', 'Brüssel', 'Waffen', 'Lieferungen', 'Verteidigungsminister', 'Minister', 'für', 'Verteidigung', 'sagte', 'der', 'die', 'und', 'nicht', 'Krieg', 'Frieden', 'Sanktionen', 'Sofia', '155', '12.000', 'Stoltenberg'];

const sentence = fc
  .tuple(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }),
    fc.constantFrom('.', '!', '?', '“.', '.«'),
    fc.constantFrom('', '„', '»', '"'),
  )
  .map(([words, end, open]) => `${open}${words.join(' ')}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const articleArb = fc
  .tuple(
    fc.array(paragraph, { minLength: 0, maxLength: 5 }),
    fc.array(fc.constantFrom('body', 'caption', 'meta'), { minLength: 5, maxLength: 5 }),
  )
  .map(([paragraphs, kinds]): AlignInput => {
    const a = article(...paragraphs);
    return {
      ...a,
      paragraphs: a.paragraphs.map((p, i) => ({
        ...p,
        kind: i === 0 ? 'body' : (kinds[i] as 'body'),
      })),
    };
  });

const insideBody = (input: AlignInput, p: Passage): boolean =>
  p.start < p.end &&
  p.end <= input.text.length &&
  input.paragraphs.some((q) => q.kind === 'body' && q.start <= p.start && p.end <= q.end);
const overlaps = (p: Passage, q: Passage): boolean => p.start < q.end && q.start < p.end;

describe('alignArticles (properties)', () => {
  it('keeps every passage inside one body paragraph; "only" never overlaps a pair', () => {
    fc.assert(
      fc.property(articleArb, articleArb, (a, b) => {
        const { pairs, onlyA, onlyB } = alignArticles(a, b);
        for (const p of pairs) {
          expect(insideBody(a, p.a) && insideBody(b, p.b)).toBe(true);
          expect(p.score).toBeGreaterThan(0);
          expect(p.score).toBeLessThanOrEqual(1);
        }
        for (const p of onlyA) expect(insideBody(a, p)).toBe(true);
        for (const p of onlyB) expect(insideBody(b, p)).toBe(true);
        expect(onlyA.some((o) => pairs.some((p) => overlaps(o, p.a)))).toBe(false);
        expect(onlyB.some((o) => pairs.some((p) => overlaps(o, p.b)))).toBe(false);
        const starts = pairs.map((p) => p.a.start);
        expect(starts).toEqual([...starts].sort((x, y) => x - y));
      }),
      { numRuns: 150 },
    );
  });

  it('is symmetric: swapping the articles swaps the sides and keeps the keys', () => {
    fc.assert(
      fc.property(articleArb, articleArb, (a, b) => {
        const ab = alignArticles(a, b);
        const ba = alignArticles(b, a);
        const norm = (ps: { a: Passage; b: Passage; key: string }[]): string[] =>
          ps.map((p) => `${p.a.start}:${p.a.end}|${p.b.start}:${p.b.end}|${p.key}`).sort();
        expect(norm(ba.pairs.map((p) => ({ a: p.b, b: p.a, key: p.key })))).toEqual(norm(ab.pairs));
        expect(ba.onlyA).toEqual(ab.onlyB);
      }),
      { numRuns: 100 },
    );
  });

  it('covers every body sentence of an article aligned with itself', () => {
    fc.assert(
      fc.property(articleArb, (a) => {
        const { onlyA, onlyB } = alignArticles(a, a);
        expect(onlyA).toEqual([]);
        expect(onlyB).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
