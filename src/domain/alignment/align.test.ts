import { describe, expect, it } from 'vitest';
import { alignArticles } from './align';
import { paragraphSentences } from './sentences';
import { article, slice } from './test-articles.fixture';
import type { AlignInput } from './types';

const BRUSSELS =
  'Der Außenminister traf am Dienstag in Brüssel seine Amtskollegen aus der Allianz zu Beratungen über neue Sanktionen.';

describe('alignArticles', () => {
  it('folds umlauts and ß as search does: Außenminister and Aussenminister are one word', () => {
    const a = article(BRUSSELS);
    const b = article(
      'In Brüssel beriet der Aussenminister mit den Amtskollegen aus der Allianz über neue Sanktionen.',
    );
    const same = article(
      'In Brüssel beriet der Außenminister mit den Amtskollegen aus der Allianz über neue Sanktionen.',
    );
    const folded = alignArticles(a, b).pairs;
    const spelled = alignArticles(a, same).pairs;
    expect(folded).toHaveLength(1);
    expect(folded[0]?.score).toBe(spelled[0]?.score);
  });

  it('stems: inflected forms meet ("Sanktionen"/"Sanktion", "beriet"/"Beratungen" need not)', () => {
    const a = article('Die Regierung verhängte scharfe Sanktionen gegen den Ölkonzern.');
    const b = article(
      'Gegen den Ölkonzern wurde eine scharfe Sanktion verhängt, teilte die Regierung mit.',
    );
    expect(alignArticles(a, b).pairs).toHaveLength(1);
  });

  it('splits closed compounds against words the other article uses on their own', () => {
    const a = article('Der Verteidigungsminister kündigte in Kiew weitere Lieferungen an.');
    const defence = article(
      'Der Minister für Verteidigung kündigte in Kiew weitere Lieferungen an.',
    );
    const farming = article(
      'Der Minister für Landwirtschaft kündigte in Kiew weitere Lieferungen an.',
    );
    const withParts = alignArticles(a, defence, { minScore: 0 }).pairs[0]?.score ?? 0;
    const without = alignArticles(a, farming, { minScore: 0 }).pairs[0]?.score ?? 0;
    expect(withParts).toBeGreaterThan(without);
  });

  it.each([
    ['„…“', '„Wir werden die Ukraine so lange wie nötig unterstützen“, sagte Stoltenberg.'],
    ['"…"', '"Wir werden die Ukraine so lange wie nötig unterstützen", sagte der Generalsekretär.'],
    [
      '»…«',
      'Der Generalsekretär betonte: »Wir werden die Ukraine so lange wie nötig unterstützen.«',
    ],
    ['“…”', 'Er sagte: “Wir werden die Ukraine so lange wie nötig unterstützen.”'],
  ])('finds the same quotation in %s as a quote', (_, sentence) => {
    const a = article(
      'Stoltenberg sprach vor Journalisten in Brüssel. „Wir werden die Ukraine so lange wie nötig unterstützen“, sagte er.',
    );
    const pairs = alignArticles(a, article(sentence)).pairs;
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.kind).toBe('quote');
    const first = pairs[0];
    expect(first && slice(a, first.a)).toContain('so lange wie nötig');
  });

  it('handles an empty article and a one-paragraph article', () => {
    const empty: AlignInput = { text: '', paragraphs: [], language: 'de' };
    const one = article(BRUSSELS);
    expect(alignArticles(empty, empty)).toEqual({ pairs: [], onlyA: [], onlyB: [] });
    expect(alignArticles(empty, one)).toEqual({
      pairs: [],
      onlyA: [],
      onlyB: [{ start: 0, end: BRUSSELS.length }],
    });
    const self = alignArticles(one, one);
    expect(self.pairs).toHaveLength(1);
    expect(self.onlyA).toEqual([]);
  });

  it('ignores captions and meta paragraphs', () => {
    const a = article(
      'Ein Bild zeigt den Außenminister in Brüssel bei den Beratungen über Sanktionen.',
    );
    const caption: AlignInput = {
      ...a,
      paragraphs: a.paragraphs.map((p) => ({ ...p, kind: 'caption' })),
    };
    const result = alignArticles(caption, article(BRUSSELS));
    expect(result.pairs).toEqual([]);
    expect(result.onlyA).toEqual([]);
  });

  it('pairs everything between identical articles and leaves nothing "only"', () => {
    const a = article(
      BRUSSELS,
      'Moskau sieht das anders. Der Kreml sprach von einer Provokation.',
      'Am 14. März beginnt der Gipfel. „Wir sind bereit“, sagte er.',
    );
    const result = alignArticles(a, a);
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB).toEqual([]);
    const covered = a.paragraphs.every((p) =>
      result.pairs.some((pair) => pair.a.start <= p.start && pair.a.end >= p.end),
    );
    expect(covered).toBe(true);
  });

  it('pairs a sentence repeated hundreds of times with repeats at the same rank, not all of them', () => {
    const line = 'Das teilte ein Sprecher des Rathauses am Montag mit.';
    const a = article(...Array.from({ length: 30 }, () => Array(10).fill(line).join(' ')));
    const result = alignArticles(a, a);
    expect(result.onlyA).toEqual([]);
    // Same rank on both sides: each paragraph pairs with itself (and at most its neighbours).
    for (const pair of result.pairs)
      expect(Math.abs(pair.a.start - pair.b.start)).toBeLessThan(2 * 600);
  });

  it('pairs nothing between unrelated articles', () => {
    const a = article(
      'Der Stadtrat von Kassel hat den Neubau des Hallenbads beschlossen.',
      'Die Kosten liegen nach Angaben der Verwaltung bei zwölf Millionen Euro. Die Opposition kritisiert den Zeitplan.',
    );
    const b = article(
      'Nordkorea hat nach Angaben aus Seoul Tausende Soldaten nach Russland geschickt.',
      'Die Truppen sollen in der Region Kursk eingesetzt werden. Moskau bestätigte das nicht.',
    );
    const result = alignArticles(a, b);
    expect(result.pairs).toEqual([]);
    expect(result.onlyA).toEqual(a.paragraphs.map(({ start, end }) => ({ start, end })));
  });

  it('merges adjacent paired sentences into one pair of passages', () => {
    const a = article(
      'Die Ministerin besuchte die Werft in Rostock. Dort sprach sie mit den streikenden Schweißern über Löhne.',
    );
    const b = article(
      'In Rostock besuchte die Ministerin am Morgen die Werft. Mit streikenden Schweißern sprach sie über ihre Löhne.',
    );
    const { pairs } = alignArticles(a, b);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.a).toEqual({ start: 0, end: a.text.length });
  });
});

describe('pair keys', () => {
  it('are the same either way round and whatever the typography', () => {
    const a = article(
      '„Wir werden die Ukraine unterstützen“, sagte Stoltenberg am Dienstag in Brüssel.',
    );
    const b = article('Stoltenberg sagte in Brüssel: "Wir werden die Ukraine unterstützen".');
    const retyped = article('Stoltenberg sagte in Brüssel: »Wir werden die Ukraine unterstützen«.');
    const key = alignArticles(a, b).pairs[0]?.key;
    expect(key).toMatch(/^[0-9a-f]{8}$/);
    expect(alignArticles(b, a).pairs[0]?.key).toBe(key);
    expect(alignArticles(a, retyped).pairs[0]?.key).toBe(key);
    const other = article(
      'Stoltenberg sagte in Brüssel: »Wir werden die Ukraine nicht unterstützen«.',
    );
    expect(alignArticles(a, other).pairs[0]?.key).not.toBe(key);
  });
});

describe('sentences', () => {
  it('does not end a sentence at an ordinal, a date or an initial', () => {
    const text =
      'Am 14. März sprach Antony J. Blinken in Genf. Im 19. Jahrhundert war das anders. Dann ging er.';
    const got = paragraphSentences(text, 0, text.length, 0).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual([
      'Am 14. März sprach Antony J. Blinken in Genf.',
      'Im 19. Jahrhundert war das anders.',
      'Dann ging er.',
    ]);
  });
});
