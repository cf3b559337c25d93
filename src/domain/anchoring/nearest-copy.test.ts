// @vitest-environment node
// Issue 11, sixth round: a quote found verbatim in several places, placed by its old position
// where one side of its context stands intact there and every other place is far
// (nearest-copy.ts), and the limits that keep the rest ambiguous orphans. The "found twice"
// test in realign.test.ts is the limit for copies near each other (FAR_COPIES, NEAR_WINDOW).
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { target, slice } from './targets.fixture';
import { stockFiller } from './german-text.fixture';

/** Six paragraphs of stock sentences (about 2,700 characters), none of them a passage's. */
const filler = (n: number) => stockFiller(n, 6);

describe('a repeated quote placed by its old position (nearest-copy.ts)', () => {
  it('places a stock sentence next to which a sentence was inserted, its copies far', () => {
    // Row 5's long text, 100 edits: the sentence recurs every few thousand characters with the
    // same words after it; a sentence inserted before the passage left its context agreeing
    // no better there than at the copies. It was 18 characters from its old place, the
    // nearest copy 6,690.
    const text = [
      'Stadtbaurat Björn Weiß sagte: „Das Verfahren war von Anfang an schlecht vorbereitet.“ Von der Entscheidung hängen auch Arbeitsplätze in der Region ab. Die Freien Wähler sprechen von einem Fass ohne Boden.',
      filler(1),
      'Eine Prognose wagt im Rathaus derzeit niemand. Von der Entscheidung hängen auch Arbeitsplätze in der Region ab. Der Betriebsrat wurde nicht angehört.',
      filler(2),
    ].join('\n\n');
    const quote = 'Von der Entscheidung hängen';
    const t = target(text, quote);
    const edited = text.replace(
      'vorbereitet.“ Von',
      'vorbereitet.“ Der Termin für die Abstimmung wurde kurzfristig auf den Dezember verlegt. Von',
    );
    const result = anchor(edited, t);
    expect(result.status !== 'orphan' && result.start).toBe(edited.indexOf(quote));
  });

  it('leaves a short quote an orphan after its speaker, though one of its places is near', () => {
    // The sweep, 100 edits: the sentence deleted, and the speaker's next quotation 400
    // characters on has the same intact prefix; "sagte: „Ich" is no evidence (DISTINCT_QUOTE).
    const text = [
      'Im Stadtrat gilt eine Mehrheit als sicher. Vorsitzende des Mieterbundes Jürgen Yılmaz sagte: „Ich bin zuversichtlich, dass wir bis zum Sommer eine Lösung finden.“ Eine Prognose wagt derzeit niemand.',
      'Die Verkehrsbetriebe richteten einen Ersatzverkehr mit Bussen ein. Ursprünglich war die Fertigstellung für 2025 geplant gewesen. Nach Redaktionsschluss meldete sich auch der Landesrechnungshof. Eine Entscheidung wird frühestens im Dezember erwartet. Die Polizei sperrte die Zufahrt für mehrere Stunden. Das Innenministerium kündigte eine Prüfung des Vorgangs an.',
      'Ein Gutachter hatte Mängel festgestellt. Vorsitzende des Mieterbundes Jürgen Yılmaz sagte: „Ich verstehe den Ärger der Anwohner sehr gut.“ Wann die Strecke wieder genutzt werden kann, ist unklar.',
      filler(3),
      filler(5),
      'Landrat Björn Vogt sagte: „Ich halte das für falsch.“',
    ].join('\n\n');
    const t = target(text, 'sagte: „Ich');
    const edited = text.replace(
      ' Vorsitzende des Mieterbundes Jürgen Yılmaz sagte: „Ich bin zuversichtlich, dass wir bis zum Sommer eine Lösung finden.“',
      '',
    );
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('leaves a heading an orphan whose neighbouring sentences were rewritten', () => {
    // A heading stands between paragraph breaks wherever it is: its sides are "explained"
    // with nothing of them left. Without a side intact, the nearest place is a guess.
    const text = [
      'Die Debatte im Bauausschuss dauerte mehr als drei Stunden.',
      'Gewerkschaft droht mit Streik',
      'Schulen und Kitas sollen frühzeitig informiert werden. Die Stadtwerke prüfen, ob Leitungen verlegt werden müssen.',
      filler(4),
      'Gewerkschaft droht mit Streik',
      'Der Landkreis hat eine Arbeitsgruppe eingerichtet.',
    ].join('\n\n');
    const t = target(text, 'Gewerkschaft droht mit Streik');
    const edited = text
      .replace(
        'Die Debatte im Bauausschuss dauerte mehr als drei Stunden.',
        'Ein Sprecher der Deutschen Bahn verwies auf laufende Gespräche.',
      )
      .replace(
        'Schulen und Kitas sollen frühzeitig informiert werden.',
        'Die Landesregierung will am Samstag im Kabinett beraten.',
      );
    const result = anchor(edited, t);
    expect(result.status === 'orphan' && result.code).toBe('ambiguous');
    expect(slice(edited, result)).toBeUndefined();
  });

  it('leaves a deleted stock sentence an orphan when its nearest copy is not near', () => {
    // The sentence deleted; a copy 850 characters on has the same words after it, the next one
    // is ten times as far. Position says little that far from the old place (NEAR_COPY).
    const text = [
      'Stadtbaurat Björn Weiß sagte: „Das Verfahren war schlecht vorbereitet.“ Von der Entscheidung hängen auch Arbeitsplätze in der Region ab. Die Freien Wähler sprechen von einem Fass ohne Boden.',
      'Die Verkehrsbetriebe richteten einen Ersatzverkehr mit Bussen ein. Ursprünglich war die Fertigstellung für 2025 geplant gewesen. Nach Redaktionsschluss meldete sich auch der Landesrechnungshof. Eine Entscheidung wird frühestens im Dezember erwartet. Die Polizei sperrte die Zufahrt für mehrere Stunden. Das Innenministerium kündigte eine Prüfung des Vorgangs an. Der Seniorenbeirat warnt vor längeren Wegen für ältere Menschen. Zwei Gutachter kommen inzwischen zu unterschiedlichen Ergebnissen. Die Demonstranten kündigten weitere Proteste für den Samstag an.',
      'Eine Prognose wagt im Rathaus derzeit niemand. Von der Entscheidung hängen auch Arbeitsplätze in der Region ab. Der Betriebsrat wurde nicht angehört.',
      filler(6),
      filler(7),
      filler(8),
      'Von der Entscheidung hängen auch Arbeitsplätze in der Region ab.',
    ].join('\n\n');
    const t = target(text, 'Von der Entscheidung hängen');
    const edited = text.replace(
      ' Von der Entscheidung hängen auch Arbeitsplätze in der Region ab. Die Freien',
      ' Die Freien',
    );
    expect(anchor(edited, t).status).toBe('orphan');
  });
});
