// @vitest-environment node
// Issue 11, fifth round: realigning the old window (realign.ts). Passages orphaned on bench row
// 5's news model (100 edits) though still there, each a small copy of a case the row found, and
// the limits that keep a quote found twice an ambiguous orphan. Sixth round: the quote's own
// sentences vouching where the window does not, and their limits.
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { makeNeedle, prepareText } from './anchor';
import { realign } from './realign';
import { target, slice } from './targets.fixture';

const LEIPZIG = [
  'Klinik schließt Geburtsstation',
  'Von Matthias Schröder',
  '9. März 2025',
  'Leipzig (epd) – Dem Vernehmen nach sollen auch private Investoren beteiligt werden. „So kann es nicht weitergehen“, sagte Vogt am Dienstag. Gewerkschaftssekretär Günter Färber verteidigte die Reform der Notfallversorgung gegen die Kritik. Bislang gibt es keinen Zeitplan.',
  'Der Seniorenbeirat warnt vor längeren Wegen für ältere Menschen. Die Verwaltung will bis zum Freitag eine Stellungnahme abgeben.',
];

describe('realigning prefix + quote + suffix (realign.ts)', () => {
  it('finds a passage moved below the next one, a sentence inserted into it and a word misspelt', () => {
    // Row 5, 100 edits: its date line and the paragraph after it changed places (no side
    // stands), a sentence went in after its first one, its quotation marks changed and its last
    // word lost a letter. The search's match reached into the new sentence; no rule took it.
    const quote =
      'Leipzig (epd) – Dem Vernehmen nach sollen auch private Investoren beteiligt werden. „So kann es nicht weitergehen“, sagte Vogt am Dienstag. Gewerkschaftssekretär Günter Färber verteidigte';
    const t = target(LEIPZIG.join('\n\n'), quote);
    const paragraph = (LEIPZIG[3] ?? '')
      .replace(
        'werden. „So',
        'werden. Ursprünglich war die Fertigstellung für 2021 geplant gewesen. "So',
      )
      .replace('weitergehen“', 'weitergehen"')
      .replace('verteidigte', 'verteidite');
    const edited = [...LEIPZIG.slice(0, 3), LEIPZIG[4], paragraph].join('\n\n');
    expect(slice(edited, anchor(edited, t))).toBe(
      'Leipzig (epd) – Dem Vernehmen nach sollen auch private Investoren beteiligt werden. Ursprünglich war die Fertigstellung für 2021 geplant gewesen. "So kann es nicht weitergehen", sagte Vogt am Dienstag. Gewerkschaftssekretär Günter Färber verteidite',
    );
  });

  it('bridges an inserted sentence rather than leave out the words beyond it', () => {
    // With one cost per inserted letter, the 60 characters of the new sentence outweighed the
    // passage's first sentence and its prefix, and the alignment began after the new sentence.
    const quote =
      'Fehler in der Kommunikation ein. Ein Teil der Mittel stammt aus einem Förderprogramm des Bundes. Rund 19 Prozent der Befragten sprachen sich gegen den Neubau aus.';
    const text = `Der Entwurf liegt bereits vor.\n\nBrandt räumte ${quote} Seit Beginn der Planung sind mehr als sechs Jahre vergangen.`;
    const t = target(text, quote);
    const inserted = 'Die Zahl der Unterschriften ist seitdem auf über 48.000 gestiegen. ';
    const edited = text
      .replace('Der Entwurf liegt bereits vor.', 'Das sagte eine Sprecherin des Landratsamts.')
      .replace('ein. Ein Teil', `ein. ${inserted}Ein Teil`);
    const prepared = prepareText(edited);
    const { needle } = makeNeedle(t, prepared.normalized);
    const r = realign(prepared.normalized.text, needle, 0, prepared.normalized.text.length);
    expect(r && prepared.normalized.text.slice(r.start, r.end)).toBe(
      quote.replace('ein. Ein Teil', `ein. ${inserted}Ein Teil`),
    );
  });

  it('leaves a quote found twice an orphan when the words around both copies are the same', () => {
    // Row 5, 100 edits: the sentence before the passage rewritten, and what is left of its
    // context stands around another copy too. Realigned, the window matches both alike; issue 11
    // wants no guess here (the orphan's card offers the places), though the one nearer its old
    // place is the passage.
    const text = [
      'Erst im Herbst hatte das Land die Zuschüsse gekürzt.',
      'Auch die Feuerwehr muss ihre Einsatzpläne anpassen. Auch aus den Nachbargemeinden kam Widerspruch. Die Sitzung dauerte mehr als drei Stunden.',
      'Der Hafen meldet Schäden an den Kaimauern.',
      'Auch die Feuerwehr muss ihre Einsatzpläne anpassen. Auch aus den Nachbargemeinden kam Widerspruch. Genaueres ist nicht bekannt.',
    ].join('\n\n');
    const t = target(text, 'Feuerwehr muss ihre Einsatzpläne');
    const edited = text.replace(
      'Erst im Herbst hatte das Land die Zuschüsse gekürzt.',
      'Die Zahl der Unterschriften ist seitdem auf über 33.000 gestiegen.',
    );
    const result = anchor(edited, t);
    expect(result.status === 'orphan' && result.code).toBe('ambiguous');
  });

  it('leaves a removed quote an orphan whose words stand scattered between stock phrases', () => {
    // Property (d), 2,000 runs: "Ministerium" and "Präsiden" with "berichtet" before and "sagte
    // der Präsident" after matched half of the old window in runs; the quote's own characters
    // were SURVIVES of it there, so only the share of the window matched tells it from the passage.
    const text =
      'Nach Angaben der Bundesregierung Gesetz Süden Größe Überschwemmung Bundes\u00adtag.\n\nGröße wurde jedoch auch. Gespräch Verhandlungen Wähler. Die sagte Präsident Überschwemmung die Bürger. Löhne Sicherheit Grenze die. Bevölkerung die die nach Angaben der Bundesregierung.\n\nStraße wird die die. Können die wie die Zeitung berichtet Ministerium Präsident am 3. März sagte der Präsident werden heißt die am 3. März ‚vorläufig‘. Überschwemmung Wähler Frieden einen Verhandlungen weiterhin. Die Öffentlichkeit Würde werden. Gestern Sicherheit bereits jedoch müssen wurde ‚vorläufig‘.\n\nDie Bürger Europa. Bereits Gemeinden Bundes\u00adtag Überschwemmung sind heute Süden Europa heute.\n\nIn der vergangenen Woche nach Angaben der Bundesregierung Bevölkerung erklärte in der vergangenen Woche Bürger Verhandlungen Wähler heißt Frieden. Bundesregierung heißt in der vergangenen Woche Löhne berichtet Gesetz die. Ministerium sagte der Präsident sagte der Präsident gegen.';
    const quote = 'chtet Ministerium Präsiden';
    const t = target(text, quote);
    const start = text.indexOf(quote);
    const edited = text.slice(0, start) + text.slice(start + quote.length + 7);
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('leaves a removed quote an orphan next to where its old context closed up', () => {
    // Property (d), 2,000 runs: the text's first words removed, what follows them ("ie. Nach
    // Angaben der Bundesregie") repeats them; realigned, the copy after the cut matched quote
    // and suffix in two sentences. Where prefix and suffix now meet, the quote was cut out.
    const text =
      'Nach Angaben der Bundesregierung die die. Nach Angaben der Bundesregierung die nach Angaben der Bundesregierung die.\n\nOpposition die die.';
    const quote = 'Nach Angaben der Bundesregierung die d';
    const t = target(text, quote);
    const edited = text.slice(quote.length);
    expect(anchor(edited, t).status).toBe('orphan');
  });
});

describe("the quote's own sentences vouching for the realigned window (realign.ts, ownSentencesVouch)", () => {
  const GRUENE = [
    'Auf der Bürgerversammlung am Freitag blieben viele Fragen offen. CDU-Fraktionsvorsitzende Jürgen Müller sagte: „Wir wurden über die Pläne nie informiert.“',
    'Die Grünen fordern eine Sondersitzung des Landtag. Für die Planung ist ein externes Büro aus Hamburg zuständig. Schulen und Kitas sollen frühzeitig informiert werden.',
    'Kritik kam vor allem von der Opposition. Betroffen sind vor allem Pendlerinnen und Pendler.',
  ].join('\n\n');

  it('finds a sentence with a word rewritten whose neighbouring sentences were rewritten too', () => {
    // Row 5, 100 edits: the sentences before and after it replaced and its first word rewritten;
    // what is left of the window is the quote's own sentence, less than WINDOW_EVIDENCE of it and
    // in one sentence only, though that sentence stands from its first word to its full stop.
    const t = target(GRUENE, 'fordern eine Sondersitzung des Landtag');
    const edited = GRUENE.replace(
      'Jürgen Müller sagte: „Wir wurden über die Pläne nie informiert.“',
      'Bei der Sitzung waren rund 470 Zuhörerinnen und Zuhörer anwesend.',
    )
      .replace('fordern eine', 'das eine')
      .replace(
        'Für die Planung ist ein externes Büro aus Hamburg zuständig.',
        'Müller kündigte am späten Nachmittag eine Pressekonferenz an.',
      );
    expect(slice(edited, anchor(edited, t))).toBe('eine Sondersitzung des Landtag');
  });

  it('finds a short quote by its own sentence, though too short for the window to vouch', () => {
    // Row 5, 100 edits: "bis zum" rewritten and the sentences on both sides replaced; 19
    // characters, under DISTINCT_QUOTE, but its sentence stands from end to end and "Verwaltung
    // will" (MIN_INTACT_SIDE and more) is found nowhere else.
    const text = [
      'Im Kreistag war die Vorlage zunächst von der Tagesordnung genommen worden. Bis zu einer endgültigen Lösung könnten Jahre vergehen. Die Initiative will notfalls vor Gericht ziehen.',
      'Die Verwaltung will bis zum Donnerstag eine Stellungnahme abgeben. Nach Angaben der Polizei wurde niemand verletzt. Kämmerer Frank Yılmaz sagte: „So kann es nicht weitergehen.“',
      'Seit Beginn der Planung sind mehr als 27 Jahre vergangen.',
    ].join('\n\n');
    const t = target(text, 'Verwaltung will bis');
    const edited = text
      .replace(' Die Initiative will notfalls vor Gericht ziehen.', '')
      .replace('will bis zum', 'will spätestens am')
      .replace(
        'Nach Angaben der Polizei wurde niemand verletzt.',
        'Die Sitzung wurde nach gut 16 Minuten unterbrochen.',
      );
    expect(slice(edited, anchor(edited, t))).toBe('Verwaltung will');
  });

  it('leaves a removed quote an orphan whose words stand inside another sentence', () => {
    // The sweep, 100 edits: both sentences deleted, and a new one opens with the speaker's
    // title (misspelt) and goes on with another quotation. The title matched, but the sentence
    // it stood in ended otherwise: without both ends of the quote's sentences, it was taken.
    const text = [
      'Das Bad ist vorerst vom Tisch. Die Freien Wähler sprechen von einem Fass ohne Boden.',
      'Die Opposition wirft Wagner vor, die Öffentlichkeit zu spät informiert zu haben. Vorsitzende des Mieterbundes Jürgen Köhler sagte: „So kann es nicht weitergehen.“',
      'Wie geht es weiter?',
      'Der Seniorenbeirat warnt vor längeren Wegen für ältere Menschen.',
    ].join('\n\n');
    const t = target(text, 'zu haben. Vorsitzende des Mieterbundes Jürgen');
    const edited = text
      .replace(
        '\n\nDie Opposition wirft Wagner vor, die Öffentlichkeit zu spät informiert zu haben. Vorsitzende des Mieterbundes Jürgen Köhler sagte: „So kann es nicht weitergehen.“',
        '',
      )
      .replace(
        'Fass ohne Boden.',
        'Fass ohne Boden.\n\nVorsitzende des Minterbundes Jürgen Köler sagte: „Ich bin zuversichtlich, dass wir bis zum Sommer eine Lösung finden.“',
      );
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('leaves a removed quote an orphan whose sentence stands in two other places', () => {
    // Row 5's long text, 25 edits: the quote's sentences deleted, a copy of its stock sentence
    // stands whole in two places. Each brings the sentence from end to end; only a run of the
    // quote found once would tell the passage (a run across the boundary, "r. Der Kreisverband
    // der SPD", is found once by chance).
    const text = [
      'Nach dpa-Informationen liegt ein erster Entwurf bereits vor. Der Kreisverband der SPD will den Plänen nur unter Auflagen zustimmen. Der Landkreis prüft rechtliche Schritte.',
      'Zuletzt waren die Kosten um fast ein Drittel gestiegen. Ein Gutachter hatte erhebliche Mängel festgestellt.',
      '„Wir haben alle Alternativen sorgfältig geprüft“, sagte Sozialdezernentin Sabine Färber.',
      'Die Opposition kündigte an, das Thema in den Landtag zu bringen. Der Kreisverband der SPD will den Plänen nur unter Auflagen zustimmen. Die Debatte dauerte drei Stunden.',
    ].join('\n\n');
    const t = target(text, 'bereits vor. Der Kreisverband der SPD');
    const edited = text
      .replace(
        'Nach dpa-Informationen liegt ein erster Entwurf bereits vor. Der Kreisverband der SPD will den Plänen nur unter Auflagen zustimmen. ',
        '',
      )
      .replace(
        'Sabine Färber.',
        'Sabine Färber.\n\nDer Kreisverband der SPD will den Plänen nur unter Auflagen zustimmen. Eine Entscheidung wird im Oktober erwartet.',
      );
    expect(anchor(edited, t).status).toBe('orphan');
  });
});
