// @vitest-environment node
// Issue 11, eighth round: short edited quotes orphaned on bench row 5's news model (100 edits)
// though still there, each a small copy of a row 5 case, with the rule that now takes it
// (README.md in this folder), and each limit of it with the copy or drawing it keeps out.
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { target, slice } from './targets.fixture';
import { stockFiller } from './german-text.fixture';

/** Three paragraphs of stock sentences (about 1,300 characters), none of them a passage's. */
const filler = (n: number) => stockFiller(n, 3);

const TEXT = [
  'Kassel (dpa) – Die Opposition kündigte an, das Thema in den Landtag zu bringen. Wann der Windpark wieder voll genutzt werden kann, ist unklar.',
  'Der Landkreis prüft nach eigenen Angaben rechtliche Schritte.',
  'Ein Teil der Mittel stammt aus einem Förderprogramm des Bundes. Die Feuerwehr war mit 19 Einsatzkräften vor Ort.',
  '„Wir prüfen jetzt alle rechtlichen Möglichkeiten“, sagte Weiß am Mittwoch. Ein Ingenieurbüro aus Kassel hatte die ersten Entwürfe geliefert.',
  '„Das ist für die Beschäftigten nicht hinnehmbar“, sagte Weiß am Mittwoch. Eine Bürgerinitiative sammelt seit dem April Unterschriften.',
  'Färber sprach von einem „Etikettenschwindel“.',
  '„Darüber reden wir seit zehn Jahren“, heißt es in einer Mitteilung des Landkreises. Über die Finanzierung wird seit dem Frühjahr verhandelt.',
  'Die Polizei sperrte die Zufahrt zur Bahnstrecke für mehrere Stunden.',
].join('\n\n');

describe('a typo fix of a short quote next to a side that stands (typoBySide)', () => {
  it('is found under DISTINCT_QUOTE characters, the sentence before it and its end rewritten', () => {
    // Row 5: "Ein Teil der Mitel" at a paragraph's start (the side before it explained), the
    // words after "stammt" rewritten: 19 characters, under DISTINCT_QUOTE.
    const t = target(TEXT, 'Ein Teil der Mittel');
    const edited = TEXT.replace(
      'Der Landkreis prüft nach eigenen Angaben rechtliche Schritte.',
      'Nach neuen Angaben sind inzwischen 16 Haushalte betroffen.',
    ).replace(
      'Ein Teil der Mittel stammt aus einem Förderprogramm des Bundes.',
      'Ein Teil der Mitel stammt Bei 150 rund des Bundes.',
    );
    expect(slice(edited, anchor(edited, t))).toBe('Ein Teil der Mitel');
  });
});

describe('a short quote across a sentence end, the next sentence rewritten (pieceBySide)', () => {
  const QUOTE = 'am Mittwoch. Ein';
  const OWN =
    '„Wir prüfen jetzt alle rechtlichen Möglichkeiten“, sagte Weiß am Mittwoch. Ein Ingenieurbüro aus Kassel hatte die ersten Entwürfe geliefert.';
  const text = [
    '„Das ist für die Beschäftigten nicht hinnehmbar“, sagte Weiß am Mittwoch. Eine Bürgerinitiative sammelt seit dem April Unterschriften.',
    filler(1),
    filler(2),
    OWN,
    'Die Entscheidung fällt im Mai.',
  ].join('\n\n');
  const rewritten = text.replace(
    'Ein Ingenieurbüro aus Kassel hatte die ersten Entwürfe geliefert.',
    'Betroffen sind vor allem Pendler aus dem Umland.',
  );

  it('is found as its first sentence next to a whole side found once', () => {
    // Row 5: "am Mittwoch." after the whole old prefix; "am Mittwoch. Eine" stands verbatim after
    // another quotation of Weiß 2,600 characters away, so neither the exact quote nor its first
    // sentence settles it.
    const t = target(text, QUOTE, text.indexOf(OWN));
    // (Drawn with the space after it, which the ground truth does not count.)
    expect(slice(rewritten, anchor(rewritten, t))?.trim()).toBe('am Mittwoch.');
  });
});

describe('a short quote found by realigning its old window (realign.ts)', () => {
  it('is found where its side is found twice and its last words were rewritten', () => {
    // Row 5: "„Darüber reden" of "„Darüber reden wir", after "Polizeisprecher Jörg Färber sagte: ",
    // which stands before another quotation too; prefix, passage and the suffix's end align.
    const text = [
      'Polizeisprecher Jörg Färber sagte: „Wir haben die Warnungen ernst genommen.“',
      filler(1),
      'Polizeisprecher Jörg Färber sagte: „Darüber reden wir seit zehn Jahren.“ „Die Zahlen sprechen eine deutliche Sprache.“',
      filler(2),
    ].join('\n\n');
    const t = target(text, '„Darüber reden wir');
    const edited = text.replace(
      '„Darüber reden wir seit zehn Jahren.“ „Die Zahlen',
      '„Darüber reden meldete Nach Jahren.“ „Die Zahlen',
    );
    expect(slice(edited, anchor(edited, t))).toBe('„Darüber reden');
  });

  it('leaves it an orphan where its first word was replaced by a longer one that begins like it', () => {
    // The realigned window takes "seitdem dem Frühjahr" for "seit dem Frühjahr" ("seitdem" is
    // no word of the quote), which by issue 11's truth spills over "dem Frühjahr"; the rule
    // for a replaced word (survivesInPlace) draws such a match with it too and does not take it
    // (the sweep, 100 edits): an orphan rather.
    const t = target(TEXT, 'seit dem Frühjahr');
    const edited = TEXT.replace(
      'wird seit dem Frühjahr verhandelt.',
      'wird seitdem dem Frühjahr verhandelt.\n\nWas bisher bekannt ist',
    ).replace(
      '„Darüber reden wir seit zehn Jahren“, heißt es in einer Mitteilung des Landkreises.',
      'Die Stadt will im Mai entscheiden.',
    );
    expect(anchor(edited, t).status).toBe('orphan');
  });
});

describe('a quote whose first or last word was replaced (survivesInPlace)', () => {
  it('is found as its own words, the side beyond the new word whole and found once', () => {
    // Row 5: "«Darüber reden dass seit zehn Jahren»": the paragraph before rewritten, "wir"
    // replaced by "dass"; drawn without the new word.
    const t = target(TEXT, '„Darüber reden wir');
    const edited = TEXT.replace(
      'Färber sprach von einem „Etikettenschwindel“.',
      'Die Feuerwehr war mit 19 Einsatzkräften vor Ort.',
    ).replace('„Darüber reden wir seit', '„Darüber reden dass seit');
    expect(slice(edited, anchor(edited, t))).toBe('„Darüber reden');
  });

  it('leaves a deleted stock sentence an orphan where the side beyond the new word is not whole', () => {
    // Row 5 (100 edits) without that limit: "Die Polizei sperrte die Zufahrt zur Bahnstrecke für
    // mehrere Stunden." deleted, its copy with another word in the slot ("zur Kita") is
    // followed by " für mehrere Stunden" of the old suffix, found once: not the passage.
    const own = 'Die Polizei sperrte die Zufahrt zur Bahnstrecke für mehrere Stunden.';
    const text = [
      filler(1),
      'Die Polizei sperrte die Zufahrt zur Kita für mehrere Stunden, wie Lehmann sagte.',
      filler(2),
      'Gutachten bis zum Herbst',
      `${own} „Wir prüfen das“, sagte Weiß.`,
    ].join('\n\n');
    const t = target(text, 'Polizei sperrte die Zufahrt zur Bahnstrecke');
    const edited = text.replace(`${own} `, '');
    expect(anchor(edited, t).status).toBe('orphan');
  });
});
