// @vitest-environment node
// A passage cut out of the text leaves its old prefix and suffix side by side (cut.ts): then an
// edited copy of it elsewhere is not the passage. Cases of property (d) in anchor.property.test.ts
// that placed a removed quote on a near-copy (about one run in a hundred before cut.ts).
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './describe';

const REMOVED = [
  {
    name: 'fast-check seed 1658676855 (widened by 0 and 0)',
    text: 'Bürger sind in der vergangenen Woche auch. Müssen Außenminister Bevölkerung Wirtschaft Größe schließlich Hilfe im die müssen. Jedoch „Wir müssen jetzt handeln“ auch „Wir müssen jetzt handeln“ Öffentlichkeit Löhne Süden nach. Bundesregierung Präsident Gemeinden.\n\nWürde Hilfe wurde die Wirtschaft Zeitung. Nach die Präsident wie die Zeitung berichtet über berichtet. Hilfe müssen Zeitung eine werden Grenze. Die sagte der Präsident die Löhne schließlich Häfen Bürger jedoch gegen. Gestern Größe können Würde heute im heute über.\n\nGröße eine müssen werden ‚vorläufig‘.\n\nGesetz Wähler am 3. März Öffentlichkeit über die Wirtschaft Bundesregierung Süden Opposition Hilfe Überschwemmung. Bevölkerung im die Außenminister weiterhin am 3. März Süden nach Angaben der Bundesregierung „Wir müssen jetzt handeln“. Erklärte Süden weiterhin haben die die Ministerium Wähler wurde Bundes­tag können Mehrheit. Die erklärte Verhandlungen sind wurde heißt die die heute weiterhin schließlich Hilfe.\n\nEinen die schließlich die jedoch in der vergangenen Woche Maßnahmen Löhne jedoch die nach Angaben der Bundesregierung. Außenminister Verhandlungen Straße jedoch auch Maßnahmen Süden wie die Zeitung berichtet Europa Bundesregierung „Wir müssen jetzt handeln“.',
    range: { start: 1182, end: 1240 },
    widen: { before: 0, after: 0 },
  },
  {
    name: 'sweep case 1 (widened by 1 and 10)',
    text: 'Mit werden Würde Öffentlichkeit Zeitung das.\n\nGrenze einen für berichtet mit haben das Gesetz einen wie die Zeitung berichtet. Maßnahmen Gespräch wie die Zeitung berichtet dem Straße Wähler. Eine Zeitung Hilfe Frieden.\n\nÜber dem zum sagte müssen sind Europa müssen Bundesregierung einen. „Wir müssen jetzt handeln“ sind Würde Größe sind für berichtet „Wir müssen jetzt handeln“. Eine hat Verhandlungen Wirtschaft Bundesregierung eine werden für für schließlich.',
    range: { start: 370, end: 382 },
    widen: { before: 1, after: 10 },
  },
  {
    name: 'sweep case 2 (widened by 12 and 4)',
    text: '„Wir müssen jetzt handeln“ außerdem Außenminister außerdem Außenminister Sicherheit eine nach Angaben der Bundesregierung Bürger Bundesregierung gegen. Erklärte Opposition sagte der Präsident Bundesregierung. Zum mit außerdem Überschwemmung. Frieden Grenze „Wir müssen jetzt handeln“ Wirtschaft wurde Öffentlichkeit nach Angaben der Bundesregierung. Nicht Überschwemmung haben Süden werden Zeitung Würde außerdem Wähler.\n\nSagte Frieden Ministerium Bundes­tag Präsident.\n\nBevölkerung die Löhne Gemeinden Außenminister Verhandlungen nach Angaben der Bundesregierung den heute über. In der vergangenen Woche weiterhin über Außenminister haben Zeitung können. Würde Zeitung eine einen im Bundes­tag Überschwemmung eine wird schließlich nach am 3. März. Bevölkerung heißt jedoch ‚vorläufig‘ müssen den. Für Opposition Häfen bereits.\n\nGestern das Überschwemmung heute Sicherheit den Löhne hat nach Angaben der Bundesregierung Sicherheit Gewerk­schaften. Werden Wirtschaft auch bereits Zeitung dem. Den Bevölkerung Gewerk­schaften Wirtschaft einen mit nach am 3. März Ministerium.\n\nSicherheit nicht wird und nach Angaben der Bundesregierung gestern werden Bürger den und. Wähler auch jedoch.\n\nSind über heute heute nicht Maßnahmen der sind Maßnahmen. Wie die Zeitung berichtet jedoch Opposition im. Überschwemmung Präsident hat in der vergangenen Woche hat.',
    range: { start: 909, end: 923 },
    widen: { before: 12, after: 4 },
  },
];

describe('a quote cut out of the text', () => {
  for (const { name, text, range, widen } of REMOVED) {
    it(`is an orphan, not put on an edited copy: ${name}`, () => {
      const target = describeRange(text, range.start, range.end);
      const edited =
        text.slice(0, Math.max(0, range.start - widen.before)) +
        text.slice(Math.min(text.length, range.end + widen.after));
      expect(anchor(edited, target)).toMatchObject({ status: 'orphan' });
    });
  }
});

const NEWS = [
  'Neue Zweifel an der Sanierung der Nordbrücke',
  'Die Kosten für die Sanierung der Nordbrücke haben sich seit der ersten Planung mehr als verdoppelt. Ein Gutachten soll bis zum Herbst klären, wer für die Mehrkosten aufkommt.',
  'Sozialdezernentin Monika Hübner kündigte an, die Pläne noch vor der Sommerpause im Bauausschuss vorzustellen. Das Landesamt hatte bereits im vergangenen Jahr vor Verzögerungen gewarnt.',
  'Die Verkehrsbetriebe haben einen Ersatzverkehr mit Bussen eingerichtet. Pendler müssen mit längeren Fahrzeiten rechnen, hieß es aus dem Rathaus.',
  '„Wir sind gesprächsbereit, aber nicht um jeden Preis“, sagte Lehmann am Samstag. Die Initiative will notfalls vor Gericht ziehen.',
];

describe('a paragraph that moved', () => {
  it('is still found with a typo, though the paragraphs around its old place now meet', () => {
    // The meeting is at a paragraph boundary: a move, not a cut (cut.ts `boundary`).
    const text = NEWS.join('\n\n');
    const quote = NEWS[2] as string;
    const start = text.indexOf(quote);
    const target = describeRange(text, start, start + quote.length);
    const moved = quote.replace('vergangenen Jahr', 'vergangenen Jar');
    const edited = [NEWS[0], NEWS[1], NEWS[3], moved, NEWS[4]].join('\n\n');
    const result = anchor(edited, target);
    expect(result).toMatchObject({
      start: edited.indexOf(moved),
      end: edited.indexOf(moved) + moved.length,
    });
  });
});
