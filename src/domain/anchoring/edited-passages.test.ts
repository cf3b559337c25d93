// @vitest-environment node
// Edited passages (issue 11): where their borders go, and when an edited copy is not the passage.
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { target, slice } from './targets.fixture';

const TEXT = [
  'Die Kosten für die Sanierung der Nordbrücke haben sich seit der ersten Planung mehr als verdoppelt.',
  '„Die Kosten laufen völlig aus dem Ruder“, sagte Bäumer am Dienstag. Ein Gutachten soll bis zum Herbst klären, wer für die Mehrkosten aufkommt.',
  '„Wir sind gesprächsbereit, aber nicht um jeden Preis“, sagte Lehmann am Samstag. Die Initiative will notfalls vor Gericht ziehen.',
  'Die Verkehrsbetriebe haben einen Ersatzverkehr mit Bussen eingerichtet. Pendler müssen mit längeren Fahrzeiten rechnen, hieß es aus dem Rathaus.',
].join('\n\n');

describe('the borders of an edited passage', () => {
  it('leave out words that replaced the quote’s last words', () => {
    // Found by the issue-11 sweep: the match ran on over the new words (spilling past the passage).
    const t = target(TEXT, 'völlig aus dem Ruder“, sagte Bäumer am Dienstag');
    const edited = TEXT.replace('am Dienstag.', 'Zuhörerinnen Sitzung Zuhörerinnen.');
    expect(slice(edited, anchor(edited, t))).toBe('völlig aus dem Ruder“, sagte Bäumer');
  });

  it('keep a first word that only has a typo', () => {
    // A trim by five-letter runs cut "Lehm" off "Lehmnn" and then the match was too short to keep.
    const t = target(TEXT, 'Lehmann am Samstag.');
    const edited = TEXT.replace('Lehmann', 'Lehmnn');
    expect(slice(edited, anchor(edited, t))).toBe('Lehmnn am Samstag.');
  });

  it('keep the passage when its last sentence was deleted and the words after it rewritten', () => {
    const quote =
      'Die Verkehrsbetriebe haben einen Ersatzverkehr mit Bussen eingerichtet. Pendler müssen mit längeren Fahrzeiten rechnen';
    const t = target(TEXT, quote);
    const edited = TEXT.replace(
      ' Pendler müssen mit längeren Fahrzeiten rechnen, hieß es aus dem Rathaus.',
      ' Die Stadt bittet um Verständnis.',
    );
    expect(slice(edited, anchor(edited, t))).toBe(
      'Die Verkehrsbetriebe haben einen Ersatzverkehr mit Bussen eingerichtet.',
    );
  });
});

describe('a typo fixed in a short quote', () => {
  it('is found next to its intact context when the other side was rewritten', () => {
    // Issue-11 sweep: "seit Tagen" became "seßt Tagen" and the paragraph ended after it.
    const text =
      'Die nächste Sitzung ist für den Januar angesetzt. Im Netz kursieren seit Tagen widersprüchliche Angaben. Reaktionen gab es bisher keine.';
    const t = target(text, 'seit Tagen');
    const edited = text
      .replace('seit Tagen', 'seßt Tagen')
      .replace(' widersprüchliche Angaben. Reaktionen gab es bisher keine.', ' Gerüchte.');
    expect(slice(edited, anchor(edited, t))).toBe('seßt Tagen');
  });
});

describe('context that repeats the quote', () => {
  it('a suffix that begins with the quote’s first words is not the quote overlapping it', () => {
    // Found by the property in news-updates.test.ts: " Nach Angaben der …" after the quote
    // was taken for the suffix lying inside the quote, and the quote was orphaned.
    const quote = 'Nach Angaben der Bundesregierung die die die.';
    const text = `Die die die die. ${quote} Nach Angaben der Bundesregierung die die nach.`;
    const t = target(text, quote);
    const edited = `Die die die Gesetz. ${quote}\n\nDie die die die.`;
    expect(slice(edited, anchor(edited, t))).toBe(quote);
  });

  it('an edited match inside the verbatim quote does not replace it', () => {
    // Found by the property in news-updates.test.ts: the quote ends with the words its suffix
    // begins with; the match without them had the better context and won, though the whole
    // quote was still there.
    const quote =
      'Nach Angaben der Bundesregierung nach Angaben der Bundesregierung die Öffentlichkeit „Wir müssen jetzt handeln“.';
    const a = 'Die die die die. Die nach Angaben der Bundesregierung die die.';
    const b = `Nach Angaben der Bundesregierung die die die. Die nach Angaben der Bundesregierung die die. ${quote}`;
    const c =
      '„Wir müssen jetzt handeln“ nach Angaben der Bundesregierung die die die. Die die die die. Die die die die.';
    const text = [
      'Die die die die. Die die die die. Die nach Angaben der Bundesregierung die die.',
      b,
      c,
    ].join('\n\n');
    const t = target(text, quote);
    const edited = [a, c, b].join('\n\n');
    expect(slice(edited, anchor(edited, t))).toBe(quote);
  });
});

describe('an edited copy is not the passage', () => {
  it('between stock phrases that also frame other places', () => {
    // Found by property (d): "„Wir müssen jetzt handeln“" on both sides of another sentence.
    const text =
      'Würde „Wir müssen jetzt handeln“. Löhne Süden Gesetz einen.\n\nDie „Wir müssen jetzt handeln“ die Europa. Die Mehrheit Mehrheit wurde „Wir müssen jetzt handeln“ Verhandlungen.';
    const t = target(text, 'zt handeln“. Löhne Süden Gesetz einen.\n\nDie „Wir müsse');
    const edited = text.replace('zt handeln“. Löhne Süden Gesetz einen.\n\nDie „Wir müsse', '');
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('next to a side that only a stock phrase keeps', () => {
    // Found by property (d): " nach Angaben de" intact before another "r Bundesregierung".
    const text =
      'Maßnahmen nicht nach Angaben der Bundesregierung außerdem Sicherheit sind.\n\nHeute nach Angaben der Bundesregierung eine außerdem Gesetz Gesetz Opposition die. Später hieß es nach Angaben der Polizei, alles sei ruhig.';
    const quote = 'r Bundesregierung eine außerd';
    const t = target(text, quote);
    const edited = text.replace(`Heute nach Angaben de${quote}em `, '');
    expect(anchor(edited, t).status).toBe('orphan');
  });
});
