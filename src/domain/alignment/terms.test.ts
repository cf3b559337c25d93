import { describe, expect, it } from 'vitest';
import { quoteRanges } from './quotes';
import { sentenceTerms, splitCompound, stem } from './terms';

const terms = (text: string, quotes: [number, number][] = []) =>
  sentenceTerms(text, 0, text.length, quotes).terms;

describe('sentenceTerms', () => {
  it('cuts tokens as search does, folds, drops stop and reporting words, stems', () => {
    const got = terms('Der NATO-Außenminister sagte, 12.000 Soldaten seien in Brüssel.');
    expect(got.map((t) => t.stem)).toEqual(['nato', 'aussenminist', '12.000', 'soldat', 'brussel']);
  });

  it('gives the words of a name or title one weight between them', () => {
    const got = terms('Der russische Präsident Wladimir Putin sprach mit Jens Stoltenberg.');
    const weight = Object.fromEntries(got.map((t) => [t.stem, t.weight]));
    expect(weight).toMatchObject({ prasident: 1 / 3, wladimir: 1 / 3, putin: 1 / 3 });
    expect(weight).toMatchObject({ jen: 1 / 2, stoltenberg: 1 / 2, russisch: 1 });
  });

  it('marks words inside quotation marks', () => {
    const text = 'Er sagte: „Russland darf nicht gewinnen“, und ging.';
    const got = terms(text, quoteRanges(text, 0, text.length));
    expect(got.filter((t) => t.quoted).map((t) => t.stem)).toEqual(['russland', 'gewinn']);
  });

  it('gives the same normalised text whatever the typography', () => {
    const a = '„Krieg“ – jetzt, sagte er.';
    const b = '"Krieg" - jetzt sagte er';
    expect(sentenceTerms(a, 0, a.length, []).normalised).toBe(
      sentenceTerms(b, 0, b.length, []).normalised,
    );
  });
});

describe('splitCompound', () => {
  it('splits against words used on their own, with a linking s', () => {
    const vocabulary = new Set([stem('verteidigung'), stem('minister')]);
    expect(splitCompound('verteidigungsminister', vocabulary)).toEqual([
      stem('verteidigung'),
      stem('minister'),
    ]);
  });

  it('keeps the head alone when the modifier is not known, and nothing when neither is', () => {
    expect(splitCompound('lagerbestande', new Set([stem('bestande')]))).toEqual([stem('bestande')]);
    expect(splitCompound('lagerbestande', new Set())).toBeUndefined();
  });
});

describe('quoteRanges', () => {
  it('pairs the usual German, English and French marks', () => {
    const text = '„eins“ und »zwei« und “drei” und "vier"';
    const got = quoteRanges(text, 0, text.length).map(([s, e]) => text.slice(s, e));
    expect(got).toEqual(['eins', 'zwei', 'drei', 'vier']);
  });

  it('runs an unclosed quotation to the paragraph end, and closes on a stray „ before a comma', () => {
    const text = '„Sie hoffen, weiter Waffen zu liefern. Sie wollen das „, sagte er. „Und dann';
    const got = quoteRanges(text, 0, text.length).map(([s, e]) => text.slice(s, e));
    expect(got).toEqual(['Sie hoffen, weiter Waffen zu liefern. Sie wollen das ', 'Und dann']);
  });
});
