// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchor, anchorMany, makeNeedle } from './anchor';
import { normalizeForMatch, toNormalizedEnd, toNormalizedStart } from '../text/normalize';
import { describeRange } from './describe';
import type { AnchorResult } from './types';

const ARTICLE = [
  'Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die Teuerung beschlossen.',
  '„Wir müssen jetzt handeln“, sagte der Kanzler nach der Sitzung im Kanzleramt.',
  'Die Opposition kritisierte die Pläne als unzureichend – sie reichten nicht aus.',
  'Die Gewerkschaften forderten höhere Löhne für die Beschäftigten im Süden.',
].join('\n\n');

function target(text: string, quote: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" not in text`);
  return describeRange(text, start, start + quote.length);
}

function slice(text: string, result: AnchorResult): string | undefined {
  return result.status === 'orphan' ? undefined : text.slice(result.start, result.end);
}

describe('anchor', () => {
  it('exact: the position verifies against the quote', () => {
    const t = target(ARTICLE, 'neue Maßnahmen');
    const { start, end } = t.position;
    expect(anchor(ARTICLE, t)).toEqual({ status: 'exact', start, end, score: 1 });
  });

  it('exact: trusts a verified position when the text hash is unchanged', () => {
    const t = { ...target(ARTICLE, 'Kanzler'), textHash: 'h1' };
    expect(anchor(ARTICLE, t, { textHash: 'h1' }).status).toBe('exact');
  });

  it('moved: finds the quote after text was inserted before it', () => {
    const t = target(ARTICLE, 'als unzureichend');
    const edited = 'Berlin (dpa). ' + ARTICLE;
    const result = anchor(edited, t);
    expect(result).toMatchObject({ status: 'moved', start: t.position.start + 14 });
    expect(slice(edited, result)).toBe('als unzureichend');
  });

  it('moved: works without a position selector', () => {
    const { quote } = target(ARTICLE, 'höhere Löhne');
    const result = anchor(ARTICLE, { quote });
    expect(result.status).toBe('moved');
    expect(slice(ARTICLE, result)).toBe('höhere Löhne');
  });

  it('fuzzy: a small edit inside the quote', () => {
    const t = target(ARTICLE, 'neue Maßnahmen gegen die Teuerung beschlossen');
    const edited = ARTICLE.replace('gegen die Teuerung', 'gegen die hohe Teuerung');
    const result = anchor(edited, t);
    expect(result.status).toBe('fuzzy');
    expect(slice(edited, result)).toBe('neue Maßnahmen gegen die hohe Teuerung beschlossen');
  });

  it('matches across typographic quotes, dashes, soft hyphens and whitespace', () => {
    const original = ARTICLE.replace('Gewerkschaften', 'Gewerk\u00ADschaften');
    const t1 = target(original, '„Wir müssen jetzt handeln“, sagte');
    const t2 = target(original, 'unzureichend – sie');
    const t3 = target(original, 'Die Gewerk\u00ADschaften forderten');
    const plain = ARTICLE.replace('„Wir müssen jetzt handeln“', '"Wir müssen jetzt handeln"')
      .replace('unzureichend – sie', 'unzureichend - sie')
      .replace('Die Gewerkschaften forderten', 'Die\u00A0Gewerkschaften  forderten');
    const [r1, r2, r3] = anchorMany(plain, [t1, t2, t3]);
    expect(r1 && slice(plain, r1)).toBe('"Wir müssen jetzt handeln", sagte');
    expect(r2 && slice(plain, r2)).toBe('unzureichend - sie');
    expect(r3 && slice(plain, r3)).toBe('Die\u00A0Gewerkschaften  forderten');
    for (const r of [r1, r2, r3]) expect(r?.status).toMatch(/^(exact|moved)$/);
  });

  it('orphan: the quoted sentence was deleted', () => {
    const sentence =
      'Die Opposition kritisierte die Pläne als unzureichend – sie reichten nicht aus.';
    const t = target(ARTICLE, 'kritisierte die Pläne');
    const edited = ARTICLE.replace(sentence + '\n\n', '');
    expect(anchor(edited, t)).toMatchObject({ status: 'orphan' });
  });

  it('orphan: a short word whose passage is gone does not jump to another occurrence', () => {
    const t = target(ARTICLE, 'Süden');
    const edited = ARTICLE.replace('im Süden', 'in Bayern') + '\n\nIm Süden regnet es morgen.';
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('orphan: an edited word does not slide onto its doubled neighbour', () => {
    const text = 'Die Mehrheit sagte, sie werden werden die Löhne erhöhen, und das sofort.';
    const start = text.lastIndexOf('werden');
    const t = describeRange(text, start, start + 'werden'.length);
    const edited = text.replace('werden werden', 'werden wurden');
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('orphan: nothing is found between the context left behind by a deleted quote', () => {
    const t = target(ARTICLE, 'am Mittwoch');
    const edited = ARTICLE.replace('am Mittwoch ', '');
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('orphan: an empty or whitespace quote', () => {
    expect(anchor(ARTICLE, { quote: { exact: ' ', prefix: 'a', suffix: 'b' } }).status).toBe(
      'orphan',
    );
  });

  it('disambiguates duplicate quotes by prefix and suffix', () => {
    const text = 'Im Norden sagte der Präsident nichts. Im Süden sagte der Präsident alles.';
    const second = target(text, 'sagte der Präsident', 1);
    expect(second.quote.prefix).toContain('Süden');
    const edited = 'Vorab. ' + text;
    const result = anchor(edited, second);
    expect(result).toMatchObject({ status: 'moved', start: second.position.start + 7 });
    // Without a position, context alone decides.
    const first = target(text, 'sagte der Präsident', 0);
    expect(anchor(edited, { quote: first.quote })).toMatchObject({
      start: first.position.start + 7,
    });
  });

  it('prefers the edited passage in its own context over an unedited copy elsewhere', () => {
    const phrase = 'nach Angaben der Bundesregierung';
    const text = `Erstens ist es ${phrase} gut. Zweitens sagte man ${phrase} nichts weiter.`;
    const t = target(text, phrase, 1);
    const edited = text.replace(`man ${phrase}`, 'man nach den Angaben der Bundesregierung');
    const result = anchor(edited, t);
    expect(result.status).toBe('fuzzy');
    expect(slice(edited, result)).toBe('nach den Angaben der Bundesregierung');
  });

  it('exact at the same place after a typographic change only', () => {
    const t = target(ARTICLE, 'unzureichend – sie');
    const edited = ARTICLE.replace('–', '-');
    const { start, end } = t.position;
    expect(anchor(edited, t)).toMatchObject({ status: 'exact', start, end });
  });
});

describe('makeNeedle', () => {
  it('splits quote and context as normalising them together would', () => {
    const cases: Array<[string, string, string]> = [
      ['foo ', ' bar', '  baz'],
      ['a \u00AD', '\u00A0„b“ ', '\n\nc'],
      ['', ' ', ' '],
      ['x', 'y', 'z'],
    ];
    for (const [prefix, exact, suffix] of cases) {
      const { needle, pattern } = makeNeedle(
        { quote: { prefix, exact, suffix } },
        normalizeForMatch(''),
      );
      const whole = normalizeForMatch(prefix + exact + suffix);
      const qs = toNormalizedStart(whole, prefix.length);
      const qe = Math.max(qs, toNormalizedEnd(whole, prefix.length + exact.length));
      expect(pattern).toBe(whole.text);
      expect(needle.prefix).toBe(whole.text.slice(0, qs));
      expect(needle.quote).toBe(whole.text.slice(qs, qe));
    }
  });
});
