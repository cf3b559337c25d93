// @vitest-environment node
// Acceptance rules that no other test holds on its own (README.md in this folder lists each
// rule with the test that fails without it).
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { target, slice } from './targets.fixture';

const FILLER = [
  'Die Verkehrsbetriebe haben einen Ersatzverkehr mit Bussen eingerichtet, der alle zwanzig Minuten fährt.',
  'Pendlerinnen und Pendler aus dem Umland müssen sich auf längere Fahrzeiten einstellen, hieß es.',
  'Ein Gutachten soll bis zum Herbst klären, wie lange die Sanierung dauern wird und wer sie bezahlt.',
  'Die Industrie- und Handelskammer warnt vor Folgen für den Einzelhandel in der Innenstadt.',
];

describe('a quote found twice', () => {
  it('is placed where both sides stand and what agrees around it is found once', () => {
    // Rule: verbatim, both sides standing, the verbatim run around it unique. The paragraph
    // moved to the end; the same sentence ends another paragraph.
    const quote = 'Die Stadt prüft rechtliche Schritte.';
    const moved = `${quote} Die Frist für Einwendungen läuft Ende Mai ab.`;
    const text = [
      'Kritik an der Planung',
      moved,
      ...FILLER,
      `Auch die Grünen meldeten sich zu Wort. ${quote}`,
    ].join('\n\n');
    const t = target(text, quote);
    const edited = [text.replace(`${moved}\n\n`, ''), moved].join('\n\n');
    const result = anchor(edited, t);
    expect(slice(edited, result)).toBe(quote);
    expect(result).toMatchObject({ start: edited.lastIndexOf(quote) });
  });
});

describe('the verbatim quote in strongly agreeing context', () => {
  it('is placed anywhere, found twice, with a letter changed on each side close to it', () => {
    // Stage 3: context agreeing on strongContext (80%) settles an exact quote at once. Here no
    // side is verbatim for MIN_INTACT_SIDE next to it, and the quote is found twice.
    const quote = 'gegen die Pläne ausgesprochen';
    const first = `Der Ortsbeirat hatte sich einstimmig ${quote}, teilte die Stadt am Montag mit.`;
    const text = [first, ...FILLER, `Auch der Seniorenbeirat hat sich ${quote}.`].join('\n\n');
    const t = target(text, quote);
    const edited = [
      ...FILLER,
      `Auch der Seniorenbeirat hat sich ${quote}.`,
      first.replace('einstimmig ', 'einstimmiq ').replace(', teilte', '; teilte'),
    ].join('\n\n');
    const result = anchor(edited, t);
    expect(slice(edited, result)).toBe(quote);
    expect(result).toMatchObject({ start: edited.lastIndexOf(quote) });
  });
});

describe('a short quote found once', () => {
  it('is placed with a word inserted on each side when its old context is just beyond', () => {
    // Rule: contextJustBeyond. Too short to stand alone (UNIQUE_ALONE), no side intact, but
    // the old context turns up a word away on both sides, near the old place.
    const text = [
      ...FILLER.slice(0, 2),
      'Der Ortsbeirat hatte sich einstimmig gegen die Pläne der Verwaltung ausgesprochen.',
      ...FILLER.slice(2),
    ].join('\n\n');
    const t = target(text, 'Ortsbeirat');
    const edited = text.replace('Der Ortsbeirat hatte', 'Der jüngste Ortsbeirat selbst hatte');
    expect(slice(edited, anchor(edited, t))).toBe('Ortsbeirat');
  });
});

describe('an edited quote between both sides of its context', () => {
  it('is placed with half of it rewritten when both sides are verbatim in full', () => {
    // Rule: pinned (both sides verbatim in full, one found nowhere else): similarity 0.5.
    const quote = 'Artillerie, Kampfflugzeuge und russische Beutepanzer';
    const text = [
      ...FILLER.slice(0, 2),
      `Die Regierung lieferte ${quote} an die Front im Osten des Landes.`,
      ...FILLER.slice(2),
    ].join('\n\n');
    const t = target(text, quote);
    const rewritten = 'Artillerie, moderne Kampfjets und russische Panzer';
    const edited = text.replace(quote, rewritten);
    expect(slice(edited, anchor(edited, t))).toBe(rewritten);
  });
});
