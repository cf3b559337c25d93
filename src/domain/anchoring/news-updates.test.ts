// @vitest-environment node
// Issue 11: news sites update articles by whole sentences and paragraphs. A passage still in
// the text verbatim, and found nowhere else, must come back however its surroundings changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { PHRASES, WORDS } from './german-text.fixture';
import { normalizeForMatch } from '../text/normalize';
import { target, slice } from './targets.fixture';

const ARTICLE = [
  'Streit um die Nordbrücke spitzt sich zu',
  'Von Katrin Weiß',
  '14. März 2025',
  'Kassel (dpa) – Die Sanierung der Nordbrücke soll nach Angaben der Stadtverwaltung 48 Millionen Euro kosten. Das teilte ein Sprecher des Rathauses am Montag mit.',
  '„Wir haben alle Alternativen sorgfältig geprüft“, sagte Stadtbaurätin Sabine Krüger. Die Opposition wirft ihr vor, die Öffentlichkeit zu spät informiert zu haben.',
  'Kritik aus der Opposition',
  'Die Grünen fordern eine Sondersitzung des Stadtrats. Mehr als 4.000 Menschen haben eine Petition gegen die Pläne unterschrieben.',
  'Der Bund der Steuerzahler spricht von einem „Desaster mit Ansage“. Eine Entscheidung wird frühestens im Juni erwartet.',
  'Wie geht es weiter?',
  'Bis Ende des Jahres soll ein Gutachten vorliegen. Die Brücke bleibt bis dahin für Lastwagen gesperrt.',
  'Pendlerinnen und Pendler aus dem Umland müssen sich auf längere Fahrzeiten einstellen. Die Verkehrsbetriebe haben zusätzliche Busse angekündigt, die über die Südtangente fahren sollen.',
  'Ein Blick zurück',
  'Die Nordbrücke wurde 1968 eröffnet und gilt seit Jahren als Sanierungsfall. Schon 2019 hatte ein Prüfbericht Risse in mehreren Pfeilern festgestellt, passiert war danach wenig.',
  'Der damalige Oberbürgermeister hatte eine schnelle Lösung versprochen. Wegen fehlender Fördergelder wurde das Projekt jedoch zweimal verschoben, zuletzt im Herbst 2022.',
  'Reaktionen',
  'Die Industrie- und Handelskammer warnt vor Folgen für den Einzelhandel in der Innenstadt. Viele Geschäfte lebten von Kundschaft aus den Stadtteilen nördlich des Flusses.',
  'Der Fahrgastverband begrüßte dagegen, dass die Straßenbahn die Brücke weiter nutzen darf. Eine Sperrung auch für die Bahn hätte den Nahverkehr im Norden lahmgelegt, hieß es.',
  'Die Sitzung des Bauausschusses ist für Donnerstag kommender Woche angesetzt. Anwohnerinnen und Anwohner können ihre Fragen vorab schriftlich einreichen.',
];
const TEXT = ARTICLE.join('\n\n');

const paragraphs = (...blocks: string[]) => blocks.join('\n\n');

/** A note added at the top: everything after it moves by more than a paragraph. */
const NOTE =
  'Korrektur: In einer früheren Fassung dieses Artikels hieß es, der Stadtrat habe bereits über die Sanierung entschieden. Das ist nicht der Fall. Die Abstimmung ist für Juni geplant, einen Beschluss gibt es bisher nicht. Wir haben den Fehler korrigiert und bitten, ihn zu entschuldigen.';
const withNote = (text: string) =>
  text.replace('14. März 2025\n\n', `14. März 2025\n\n${NOTE}\n\n`);

describe('a verbatim passage comes back when only its surroundings changed', () => {
  it('a whole paragraph moved to the end', () => {
    const moved = ARTICLE[6] ?? '';
    const t = target(TEXT, moved);
    const edited = paragraphs(...ARTICLE.filter((p) => p !== moved), moved);
    expect(slice(edited, anchor(edited, t))).toBe(moved);
  });

  it('a correction note at the top, the heading before it deleted, the sentence after it rewritten', () => {
    const quote = 'Bis Ende des Jahres soll ein Gutachten vorliegen.';
    const t = target(TEXT, quote);
    const edited = withNote(TEXT)
      .replace('Wie geht es weiter?\n\n', '')
      .replace(
        'Die Brücke bleibt bis dahin für Lastwagen gesperrt.',
        'Lastwagen werden weiter über die Südtangente umgeleitet.',
      );
    expect(slice(edited, anchor(edited, t))).toBe(quote);
  });

  it('a note at the top, a sentence inserted next to a heading, the next sentence deleted', () => {
    const quote = 'Die Grünen fordern eine Sondersitzung des Stadtrats.';
    const t = target(TEXT, quote);
    const edited = withNote(TEXT).replace(
      `Kritik aus der Opposition\n\n${quote} Mehr als 4.000 Menschen haben eine Petition gegen die Pläne unterschrieben.`,
      `Kritik aus der Opposition\n\nAm Abend protestierten Anwohner vor dem Rathaus. ${quote}`,
    );
    expect(slice(edited, anchor(edited, t))).toBe(quote);
  });

  it('the words on both sides rewritten and its paragraph moved up the article', () => {
    // Bench row 5 at 100 edits: verbatim and unique, but nothing next to it agrees any more.
    const quote = 'Risse in mehreren Pfeilern';
    const t = target(TEXT, quote);
    const moved = (ARTICLE[12] ?? '').replace(
      'Prüfbericht Risse in mehreren Pfeilern festgestellt',
      'Gutachten von Risse in mehreren Pfeilern gesprochen',
    );
    // Up before "Bis Ende des Jahres …": about 300 characters, an eighth of the text.
    const edited = paragraphs(
      ...ARTICLE.slice(0, 9),
      moved,
      ...ARTICLE.slice(9, 12),
      ...ARTICLE.slice(13),
    );
    expect(slice(edited, anchor(edited, t))).toBe(quote);
  });

  it('a new paragraph after a short quote, and the words before it rewritten', () => {
    const quote = 'Desaster mit Ansage';
    const t = target(TEXT, quote);
    const edited = TEXT.replace(
      'Der Bund der Steuerzahler spricht von einem „Desaster mit Ansage“. Eine',
      'Die Steuerzahler nennen das Vorhaben ein „Desaster mit Ansage“.\n\nDer Landrat widersprach am Abend.\n\nEine',
    );
    expect(slice(edited, anchor(edited, t))).toBe(quote);
  });
});

const sentenceArb = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.constantFrom(...PHRASES) },
    ),
    { minLength: 4, maxLength: 12 },
  )
  .map((ws) => {
    const s = ws.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  });

/** Edits of whole sentences and paragraphs, never inside the highlighted sentences (`HL`). */
const blockEdit = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace', 'move', 'split', 'join', 'heading'),
  at: fc.nat(),
  to: fc.nat(),
  sentence: sentenceArb,
});

const HL = '\u0000';

function applyBlockEdits(
  doc: string[][],
  edits: Array<typeof blockEdit extends fc.Arbitrary<infer T> ? T : never>,
) {
  const d = doc.map((p) => [...p]);
  for (const e of edits) {
    const p = e.at % d.length;
    const para = d[p] ?? [];
    const i = e.to % (para.length + 1);
    if (e.kind === 'insert') para.splice(i, 0, e.sentence);
    else if (e.kind === 'heading') d.splice(p, 0, [e.sentence.replace(/\.$/, '')]);
    else if (e.kind === 'move' && d.length > 1) {
      const [moved] = d.splice(p, 1);
      if (moved) d.splice(e.to % (d.length + 1), 0, moved);
    } else if (e.kind === 'split' && i > 0 && i < para.length) d.splice(p + 1, 0, para.splice(i));
    else if (e.kind === 'join' && p + 1 < d.length) para.push(...(d.splice(p + 1, 1)[0] ?? []));
    else if (i < para.length && para[i] !== HL) {
      if (e.kind === 'delete') para.splice(i, 1);
      else if (e.kind === 'replace') para[i] = e.sentence;
    }
  }
  return d.filter((p) => p.length > 0);
}

const render = (doc: string[][], quote: string) =>
  doc.map((p) => p.map((s) => (s === HL ? quote : s)).join(' ')).join('\n\n');

describe('property: sentence and paragraph edits around a unique passage', () => {
  it('anchors it exactly wherever it ends up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sentenceArb, { minLength: 1, maxLength: 4 }), {
          minLength: 3,
          maxLength: 8,
        }),
        fc.nat(),
        fc.array(blockEdit, { minLength: 1, maxLength: 12 }),
        (doc, pick, edits) => {
          // The highlight: one whole sentence (it may be the only one of its paragraph).
          const flat = doc.flatMap((p, pi) => p.map((_, si) => [pi, si] as const));
          const [pi, si] = flat[pick % flat.length] ?? [0, 0];
          const quote = doc[pi]?.[si] ?? '';
          const marked = doc.map((p, i) => p.map((s, j) => (i === pi && j === si ? HL : s)));
          const before = render(marked, quote);
          const t = target(before, quote);
          fc.pre(t.position.start === before.indexOf(quote));
          const edited = render(applyBlockEdits(marked, edits), quote);
          const norm = normalizeForMatch(edited).text;
          const q = normalizeForMatch(quote).text;
          fc.pre(norm.indexOf(q) === norm.lastIndexOf(q));
          const result = anchor(edited, t);
          expect(slice(edited, result)).toBe(quote);
        },
      ),
      { numRuns: Number(process.env.ANCHOR_PROPERTY_RUNS ?? 300) },
    );
  });
});
