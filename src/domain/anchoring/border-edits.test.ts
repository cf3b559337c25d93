// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './describe';
import { target, slice } from './targets.fixture';

/** Sentences that do not repeat, so that a context found once really is the passage's own. */
const TEXT = [
  'Am Montag traf sich der Ausschuss zu einer langen Sitzung im alten Rathaus der Stadt.',
  'Der Außenminister betrachtete den Vorschlag aus Warschau jedoch als ernsthaften Beitrag zum Frieden, sagte ein Sprecher am Abend.',
  'Die Regierung lieferte Artillerie, Kampfflugzeuge und russische Beutepanzer an die Front im Osten des Landes.',
  'Zuvor hatten Beobachter in Genf vor einer raschen Ausweitung der Kämpfe auf benachbarte Regionen gewarnt.',
  'Am Ende der Woche blieb unklar, wer die Verhandlungen im Herbst führen soll und mit welchem Auftrag.',
].join('\n\n');

describe('anchor: edits across a border of the quote', () => {
  it('finds a quote whose last word went with the start of its suffix, next to its prefix', () => {
    const t = target(TEXT, 'betrachtete den Vorschlag aus Warschau jedoch als');
    const edited = TEXT.replace(' als ernsthaften Beitrag', '');
    const result = anchor(edited, t);
    expect(result.status).toBe('fuzzy');
    // The border may keep the space that followed the deleted word.
    expect(slice(edited, result)?.trim()).toBe('betrachtete den Vorschlag aus Warschau jedoch');
  });

  it('finds a quote whose first word went with the end of its prefix, before its suffix', () => {
    const t = target(TEXT, 'die Verhandlungen im Herbst führen soll und mit welchem');
    const edited = TEXT.replace('wer die Verhandlungen', 'Verhandlungen');
    const result = anchor(edited, t);
    expect(result.status).toBe('fuzzy');
    expect(slice(edited, result)?.trim()).toBe(
      'Verhandlungen im Herbst führen soll und mit welchem',
    );
  });

  it('does not let a quote whose first words were deleted swallow the end of its prefix', () => {
    const t = target(TEXT, 'hatten Beobachter in Genf vor einer raschen Ausweitung der Kämpfe');
    const edited = TEXT.replace('Zuvor hatten Beobachter in Genf', 'Zuvor in Genf');
    const result = anchor(edited, t);
    expect(slice(edited, result)).toBe('in Genf vor einer raschen Ausweitung der Kämpfe');
  });

  it('takes a word replaced by a longer one between both sides of its context', () => {
    const t = target(TEXT, 'Artillerie, Kampfflugzeuge und russische');
    const edited = TEXT.replace(
      'Kampfflugzeuge und russische',
      'Kampfflugzeuge sowie zahlreiche russische',
    );
    const result = anchor(edited, t);
    expect(result.status).toBe('fuzzy');
    expect(slice(edited, result)).toBe('Artillerie, Kampfflugzeuge sowie zahlreiche russische');
  });

  it('takes a long quote found once near its old place when both sides were rewritten', () => {
    const quote = 'vor einer raschen Ausweitung der Kämpfe auf';
    const t = target(TEXT, quote);
    const edited = TEXT.replace(
      'Zuvor hatten Beobachter in Genf',
      'Experten der Vereinten Nationen warnten',
    ).replace(' benachbarte Regionen gewarnt.', ' andere Gebiete, hieß es.');
    const result = anchor(edited, t);
    expect(result.status).toBe('moved');
    expect(slice(edited, result)).toBe(quote);
  });

  it('keeps the exact quote when words were inserted between it and its old prefix', () => {
    const t = target(
      TEXT,
      'vor einer raschen Ausweitung der Kämpfe auf benachbarte Regionen gewarnt.',
    );
    const edited = TEXT.replace(
      'in Genf vor',
      'in Genf nach eigenen Angaben schon im Frühjahr vor',
    );
    const result = anchor(edited, t);
    expect(slice(edited, result)).toBe(
      'vor einer raschen Ausweitung der Kämpfe auf benachbarte Regionen gewarnt.',
    );
  });
});

describe('anchor: what must stay an orphan', () => {
  it('a removed phrase is not taken for the same words repeated right after it', () => {
    // "A Q1 B. A Q2 C." with "Q2" cut out: the intact prefix "A" stands before Q1 as well.
    const text =
      'Er sagte, so der Außenminister, nichts. Er sagte, so der Außenminister Lawrow, alles.';
    const start = text.lastIndexOf('der Außenminister Lawrow');
    const t = describeRange(text, start, start + 'der Außenminister Lawrow'.length);
    const edited = text.slice(0, start) + text.slice(start + 'der Außenminister Lawrow'.length);
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('a long quote found once but far from its old place, with other context, is an orphan', () => {
    const filler = 'Weitere Meldungen folgen in Kürze. '.repeat(200);
    const quote = 'traf sich der Ausschuss zu einer langen Sitzung';
    const original = `${TEXT}\n\n${filler}`;
    const t = target(original, quote);
    // The passage is gone where it was; the same words turn up in another context far away.
    const edited = `${original.replace(quote, 'tagte niemand')}\n\nSpäter ${quote} ohne Ergebnis.`;
    expect(anchor(edited, t).status).toBe('orphan');
  });
});

describe('anchor: context edited on both sides', () => {
  it('finds an intact quote whose suffix starts with letters the quote also holds', () => {
    // Found by property (b): the suffix "fentlichkeit…" also occurs inside the quote's own
    // "Öffentlichkeit", which was taken for the quote overlapping its context.
    const text =
      'Auch müssen Mehrheit Außenminister Öffentlichkeit. Berichtet Gemeinden schließlich Grenze Öffentlichkeit Gewerkschaften heißt die einen Gespräch.';
    const quote = 'er Öffentlichkeit. Berichtet Gemeinden schließlich Grenze Öf';
    const t = target(text, quote);
    const edited = text
      .replace('Mehrheit Außen', 'MehrheiAußen')
      .replace('Grenze Öffentlichkeit', 'Grenze Öfafentlichkeit');
    const result = anchor(edited, t);
    expect(result.status).toBe('moved');
    expect(slice(edited, result)).toBe(quote);
  });
});
