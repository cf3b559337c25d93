// @vitest-environment node
// A passage cut out of the text leaves its old prefix and suffix side by side (cut.ts): then an
// edited copy of it elsewhere is not the passage. Cases of property (d) in anchor.property.test.ts
// that placed a removed quote on a near-copy (about one run in a hundred before cut.ts), and
// those found at 20,000 cases per seed in issue 11's ninth round.
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
  // Issue 11's ninth round: property (d) at 20,000 cases per seed ("runs": fast-check's shrunk
  // counterexample of fc.check with that seed; "values sampled": fc.sample with that seed, every
  // failure kept). A few characters of each side went with the quote, and the sides met inside
  // a sentence where the text has a boundary by chance, or at its start (seeds 1 and 12, and the
  // first sampled at seed 1: cut.ts `oldBoundary`); or a copy elsewhere was framed by 16-odd
  // characters of stock phrases, no more of the old context than the meeting holds (seeds 2, 4,
  // 5, 6 and the sampled ones at seeds 4 and 2: accept.ts `inOwnContext`); or the quote began
  // the text and its empty prefix counted as a whole side next to the meeting (seed 7:
  // `wholeSide`).
  {
    name: 'fast-check seed 1, 20,000 runs (widened by 1 and 0)',
    text: 'Die in der vergangenen Woche die.\n\nMinisterium die die wurde die. Die die die.\n\nIn der vergangenen Woche die Ministerium – so der Außenminister –. Die die die.\n\nDie die die.\n\nDie die die.',
    range: { start: 1, end: 29 },
    widen: { before: 1, after: 0 },
  },
  {
    name: 'fast-check seed 2, 20,000 runs (widened by 0 and 2)',
    text: 'Die die nach. Wie die Zeitung berichtet Zeitung auch die auch weiterhin die Wirtschaft Gesetz ‚vorläufig‘. Süden müssen die Außenminister wie die Zeitung berichtet die. Nach Angaben der Bundesregierung die die die sind im.\n\nEine Gesetz Ministerium. „Wir müssen jetzt handeln“ nicht Würde Bundesregierung auch die die die. Löhne Gespräch Mehrheit Öffentlichkeit die.\n\nGespräch Sicherheit die die. Zeitung Bürger gestern wie die Zeitung berichtet nach Angaben der Bundesregierung gestern Gesetz die. Heißt auch Opposition Größe Frieden Würde Zeitung gegen über sind Gemeinden. Europa die die die Präsident die Süden.\n\n„Wir müssen jetzt handeln“ Gewerk­schaften eine Würde gestern Gespräch die Opposition Mehrheit. Hilfe Gesetz müssen die Würde.\n\nHaben die Außenminister Öffentlichkeit Kanzler Opposition die einen haben wird. – so der Außenminister – Gesetz Hilfe sagte der Präsident heißt Überschwemmung.',
    range: { start: 153, end: 176 },
    widen: { before: 0, after: 2 },
  },
  {
    name: 'fast-check seed 4, 20,000 runs (widened by 0 and 2)',
    text: 'Bundes­tag heute nach Kanzler haben die. Jedoch heute Würde gegen Zeitung die gegen schließlich Häfen Überschwemmung erklärte. Einen Öffentlichkeit Gemeinden Präsident müssen die die Opposition. Die schließlich Löhne. Die die Bürger die sind Bürger Löhne Bürger Europa eine.\n\nSüden weiterhin die wird die nicht Zeitung Kanzler sagte wird Süden Europa. Sagte der Präsident sagte der Präsident Außenminister müssen erklärte nicht einen.\n\n„Wir müssen jetzt handeln“ die ‚vorläufig‘ die Maßnahmen. Hilfe Würde Frieden die müssen jedoch die die die. Ministerium heißt Öffentlichkeit schließlich Opposition die nach Überschwemmung im die Zeitung Hilfe. Verhandlungen sagte ‚vorläufig‘ Überschwemmung. Gemeinden Frieden Maßnahmen die bereits die Süden die einen.\n\nGesetz bereits Löhne am 3. März Gewerk­schaften die wie die Zeitung berichtet Wirtschaft. Maßnahmen Zeitung die Grenze über schließlich Bundesregierung Ministerium nach Angaben der Bundesregierung. Häfen „Wir müssen jetzt handeln“ wurde – so der Außenminister – sind Gesetz Frieden haben.\n\nHäfen erklärte können sagte der Präsident im die sagte. Häfen Grenze Würde die jedoch Gespräch jedoch.\n\nHeißt wurde in der vergangenen Woche Bundesregierung Opposition Europa Gewerk­schaften Maßnahmen sagte bereits die. Bevölkerung Überschwemmung außerdem Grenze die müssen wie die Zeitung berichtet Gemeinden.\n\n„Wir müssen jetzt handeln“ Würde Grenze Bundes­tag Gemeinden. Gesetz – so der Außenminister – nicht eine die am 3. März nach Bundesregierung „Wir müssen jetzt handeln“ Überschwemmung Überschwemmung. Müssen Europa die. Die Grenze auch „Wir müssen jetzt handeln“ – so der Außenminister – Bundes­tag. Gewerk­schaften die die die die Maßnahmen.\n\nDie Bevölkerung Ministerium Löhne einen. Einen die werden Größe Wähler müssen Gesetz haben nach Angaben der Bundesregierung. Sicherheit müssen weiterhin Straße – so der Außenminister – sind Öffentlichkeit sagte einen Gesetz. Die erklärte Zeitung im heißt Würde.',
    range: { start: 952, end: 1007 },
    widen: { before: 0, after: 2 },
  },
  {
    name: 'fast-check seed 5, 20,000 runs (widened by 0 and 2)',
    text: 'Sicherheit die Gewerk­schaften wurde Mehrheit Opposition Häfen gestern. Heißt Löhne Bundes­tag wurde gegen heute erklärte die Maßnahmen haben in der vergangenen Woche Gemeinden.\n\nNach Angaben der Bundesregierung Öffentlichkeit „Wir müssen jetzt handeln“ Gesetz Häfen Straße Präsident Straße außerdem. Bereits Opposition die haben außerdem. Auch im sind nach gestern „Wir müssen jetzt handeln“ Gewerk­schaften erklärte die.\n\nMehrheit – so der Außenminister – wird Gespräch. Die sagte der Präsident die Grenze Opposition Würde. Grenze wie die Zeitung berichtet Öffentlichkeit die Sicherheit Kanzler „Wir müssen jetzt handeln“ Wähler die heißt nicht.\n\nIm Zeitung Zeitung weiterhin jedoch Ministerium. Außenminister Maßnahmen Frieden über.\n\nHaben – so der Außenminister – Süden können. Wähler müssen Mehrheit. – so der Außenminister – Bürger Mehrheit schließlich Öffentlichkeit Würde die Gespräch sagte heißt. Einen außerdem Größe. Bevölkerung Wähler Überschwemmung nach Angaben der Bundesregierung Größe Süden jedoch nach Angaben der Bundesregierung.\n\nFrieden schließlich Bevölkerung können Würde bereits können werden gestern Größe in der vergangenen Woche. Sagte der Präsident am 3. März die sagte der Präsident im Europa die Opposition wird auch schließlich.\n\nDie gestern Süden „Wir müssen jetzt handeln“ Süden einen jedoch.\n\nGegen auch Überschwemmung Frieden. Zeitung Gewerk­schaften die Gemeinden Opposition Bürger eine in der vergangenen Woche sagte. Sagte der Präsident außerdem haben sagte der Präsident nicht eine Bürger erklärte die in der vergangenen Woche.',
    range: { start: 1436, end: 1456 },
    widen: { before: 0, after: 2 },
  },
  {
    name: 'fast-check seed 6, 20,000 runs (widened by 0 and 3)',
    text: 'Können die sind die wird Überschwemmung. In der vergangenen Woche Verhandlungen die.\n\nVerhandlungen die Gemeinden nach Angaben der Bundesregierung. Die Opposition Häfen Größe sagte der Präsident eine Maßnahmen. Heißt Außenminister Gespräch die Maßnahmen Gemeinden Größe Gespräch weiterhin. Gesetz Gemeinden Größe Gesetz. Die die berichtet berichtet.\n\nEine wie die Zeitung berichtet Verhandlungen Hilfe Verhandlungen Verhandlungen die nicht die die die die. Auch Grenze Straße Frieden nach Angaben der Bundesregierung Hilfe. Wirtschaft wurde schließlich Hilfe Maßnahmen sind müssen müssen.\n\nMinisterium Verhandlungen außerdem Löhne jedoch Straße. Verhandlungen sagte nach Angaben der Bundesregierung müssen berichtet in der vergangenen Woche nach Angaben der Bundesregierung im Zeitung Gespräch. Wurde Präsident Löhne bereits Ministerium Kanzler im Hilfe. Sagte der Präsident Gemeinden wurde Löhne sagte der Präsident sind Bürger Gemeinden die die.\n\nFrieden weiterhin nicht die haben Sicherheit die werden. Schließlich Bundesregierung Hilfe können die Europa haben nicht. Über Hilfe Gewerk­schaften die Bundes­tag wurde gestern gegen außerdem Sicherheit erklärte nach Angaben der Bundesregierung. Berichtet in der vergangenen Woche ‚vorläufig‘ Gespräch wie die Zeitung berichtet jedoch Überschwemmung. Wurde die Gemeinden Bundes­tag Maßnahmen Süden die Zeitung nach Angaben der Bundesregierung.',
    range: { start: 682, end: 707 },
    widen: { before: 0, after: 3 },
  },
  {
    name: 'fast-check seed 7, 20,000 runs (widened by 0 and 0)',
    text: 'Nach Angaben der Bundesregierung nach Angaben der Bundesregierung nach Angaben der Bundesregierung.\n\nNach Angaben der Bundesregierung nach Angaben der Bundesregierung die. Die die die.\n\nDie die die.\n\n– so der Außenminister – die die.',
    range: { start: 0, end: 70 },
    widen: { before: 0, after: 0 },
  },
  {
    name: 'fast-check seed 12, 20,000 runs (widened by 1 and 4)',
    text: 'Überschwemmung Sicherheit Sicherheit Zeitung wird wie die Zeitung berichtet die Gewerk­schaften gestern Löhne. Werden die „Wir müssen jetzt handeln“ wie die Zeitung berichtet den außerdem heute.\n\n„Wir müssen jetzt handeln“ die Wähler Gespräch die nach Angaben der Bundesregierung „Wir müssen jetzt handeln“ wie die Zeitung berichtet die heute Frieden die. Wirtschaft Mehrheit nicht „Wir müssen jetzt handeln“ Gespräch werden müssen „Wir müssen jetzt handeln“ sagte Bundesregierung.\n\nWerden berichtet in der vergangenen Woche sind Löhne wird. Gestern die Kanzler – so der Außenminister – Gemeinden Wirtschaft Zeitung heißt bereits. Heute werden heißt über Gewerk­schaften im Wähler Gespräch. Bereits – so der Außenminister – die. Kanzler Überschwemmung Hilfe die werden wird Wirtschaft Hilfe.\n\nGröße Gewerk­schaften nach Angaben der Bundesregierung Europa die Außenminister – so der Außenminister – Sicherheit schließlich. „Wir müssen jetzt handeln“ weiterhin Präsident „Wir müssen jetzt handeln“ Sicherheit am 3. März die in der vergangenen Woche am 3. März Bürger Opposition Zeitung.\n\nStraße – so der Außenminister – die Maßnahmen heute. ‚vorläufig‘ die die Grenze Europa können Zeitung Maßnahmen Kanzler haben Wirtschaft. Nach außerdem sind. Im bereits nach Angaben der Bundesregierung die heute. Gespräch Bürger wurde wie die Zeitung berichtet sagte der Präsident.',
    range: { start: 117, end: 190 },
    widen: { before: 1, after: 4 },
  },
  {
    name: 'fast-check seed 4, 20,000 values sampled (widened by 7 and 9)',
    text: 'Bundes­tag heute nach Kanzler haben das. Jedoch heute Würde gegen Zeitung die gegen schließlich Häfen Überschwemmung erklärte. Einen Öffentlichkeit Gemeinden Präsident müssen hat für Opposition. Das schließlich Löhne. Die den Bürger mit sind Bürger Löhne Bürger Europa eine.\n\nSüden weiterhin der wird hat nicht Zeitung Kanzler sagte wird Süden Europa. Sagte der Präsident sagte der Präsident Außenminister müssen erklärte nicht einen.\n\n„Wir müssen jetzt handeln“ zum ‚vorläufig‘ hat Maßnahmen. Hilfe Würde Frieden hat müssen jedoch das zum das. Ministerium heißt Öffentlichkeit schließlich Opposition und nach Überschwemmung im das Zeitung Hilfe. Verhandlungen sagte ‚vorläufig‘ Überschwemmung. Gemeinden Frieden Maßnahmen dem bereits für Süden mit einen.\n\nGesetz bereits Löhne am 3. März Gewerk­schaften hat wie die Zeitung berichtet Wirtschaft. Maßnahmen Zeitung die Grenze über schließlich Bundesregierung Ministerium nach Angaben der Bundesregierung. Häfen „Wir müssen jetzt handeln“ wurde – so der Außenminister – sind Gesetz Frieden haben.\n\nHäfen erklärte können sagte der Präsident im vom sagte. Häfen Grenze Würde dem jedoch Gespräch jedoch.\n\nHeißt wurde in der vergangenen Woche Bundesregierung Opposition Europa Gewerk­schaften Maßnahmen sagte bereits den. Bevölkerung Überschwemmung außerdem Grenze dem müssen wie die Zeitung berichtet Gemeinden.\n\n„Wir müssen jetzt handeln“ Würde Grenze Bundes­tag Gemeinden. Gesetz – so der Außenminister – nicht eine das am 3. März nach Bundesregierung „Wir müssen jetzt handeln“ Überschwemmung Überschwemmung. Müssen Europa hat. Den Grenze auch „Wir müssen jetzt handeln“ – so der Außenminister – Bundes­tag. Gewerk­schaften dem die der den Maßnahmen.\n\nHat Bevölkerung Ministerium Löhne einen. Einen dem werden Größe Wähler müssen Gesetz haben nach Angaben der Bundesregierung. Sicherheit müssen weiterhin Straße – so der Außenminister – sind Öffentlichkeit sagte einen Gesetz. Das erklärte Zeitung im heißt Würde.',
    range: { start: 953, end: 1008 },
    widen: { before: 7, after: 9 },
  },
  {
    name: 'fast-check seed 1, 20,000 values sampled, failing before and after the eighth round (widened by 7 and 1)',
    text: 'Gegen in der vergangenen Woche Gespräch.\n\nKanzler zum Ministerium auch Gemeinden Würde Überschwemmung jedoch Maßnahmen wurde weiterhin. Gewerk­schaften Süden Bundesregierung mit. Die zum eine.\n\nDas auch Grenze Größe Wähler. Außenminister und nach in der vergangenen Woche Kanzler werden Ministerium – so der Außenminister –. Straße Größe Sicherheit nach den am 3. März schließlich Gemeinden eine Verhandlungen nach. Zeitung Ministerium Maßnahmen Kanzler Grenze Maßnahmen eine müssen auch Bevölkerung Gewerk­schaften. Bundes­tag Gewerk­schaften Bundesregierung.\n\nMaßnahmen nach einen bereits Süden in der vergangenen Woche erklärte. Im Löhne eine. Bürger den wird heißt Bevölkerung Größe dem Würde Bundes­tag. Nach Angaben der Bundesregierung – so der Außenminister – zum Grenze berichtet Öffentlichkeit Bundes­tag nicht.\n\nHeute Europa – so der Außenminister – wird nach Bürger für die gestern werden Europa und. Hilfe Hilfe der die weiterhin einen Hilfe heute.',
    range: { start: 1, end: 29 },
    widen: { before: 7, after: 1 },
  },
  {
    name: 'fast-check seed 2, 20,000 values sampled, failing before and after the eighth round (widened by 9 and 9)',
    text: 'Dem hat nach. Wie die Zeitung berichtet Zeitung auch zum auch weiterhin das Wirtschaft Gesetz ‚vorläufig‘. Süden müssen die Außenminister wie die Zeitung berichtet der. Nach Angaben der Bundesregierung mit mit zum sind im.\n\nEine Gesetz Ministerium. „Wir müssen jetzt handeln“ nicht Würde Bundesregierung auch zum dem mit. Löhne Gespräch Mehrheit Öffentlichkeit das.\n\nGespräch Sicherheit der die. Zeitung Bürger gestern wie die Zeitung berichtet nach Angaben der Bundesregierung gestern Gesetz mit. Heißt auch Opposition Größe Frieden Würde Zeitung gegen über sind Gemeinden. Europa der für hat Präsident den Süden.\n\n„Wir müssen jetzt handeln“ Gewerk­schaften eine Würde gestern Gespräch vom Opposition Mehrheit. Hilfe Gesetz müssen den Würde.\n\nHaben der Außenminister Öffentlichkeit Kanzler Opposition dem einen haben wird. – so der Außenminister – Gesetz Hilfe sagte der Präsident heißt Überschwemmung.',
    range: { start: 160, end: 183 },
    widen: { before: 9, after: 9 },
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

  it('is still found where it ended the text, the side before it now ending the text', () => {
    // The old text ended within the suffix (".") and the paragraph before now ends the text: a
    // move, though the sentence went on into the suffix (cut.ts: the old text's end is a
    // boundary). Bench row 5, 25 edits, orphaned without it.
    const text = NEWS.join('\n\n');
    const quote = (NEWS[4] as string).slice(0, -1);
    const start = text.indexOf(quote);
    const target = describeRange(text, start, start + quote.length);
    const moved = quote.replace('notfalls', 'notfals');
    const edited = [NEWS[0], NEWS[1], 'Streit um die Kosten', `${moved}.`, NEWS[2], NEWS[3]].join(
      '\n\n',
    );
    const result = anchor(edited, target);
    expect(result).toMatchObject({
      start: edited.indexOf(moved),
      end: edited.indexOf(moved) + moved.length,
    });
  });
});
