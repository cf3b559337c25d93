// @vitest-environment node
// Edited passages whose characters survive as issue 11's ground truth counts them (survival.ts),
// found where their context says; each case is one the row-5 sweep orphaned before (bench row 5,
// news model, 100 edits), and the limits that keep copies of removed passages orphans.
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { target, slice } from './targets.fixture';

const ZEITPLAN =
  '„Der Zeitplan war von Anfang an unrealistisch“, sagte eine Sprecherin des Landesamts für Umwelt auf Anfrage. Der Seniorenbeirat warnt vor längeren Wegen für ältere Menschen.';
const TEXT = [
  'Kassel (dpa) – Die Opposition kündigte an, das Thema in den Landtag zu bringen. Wann der Windpark wieder voll genutzt werden kann, ist unklar.',
  'Auf der Bürgerversammlung am Montag blieben viele Fragen offen.',
  'Offene Fragen',
  ZEITPLAN,
  '„Darüber reden wir seit zehn Jahren“, sagte Hübner am Montag. Der Finanzausschuss hatte im Februar mit knapper Mehrheit für den Ausbau gestimmt.',
  'Das Geld fehlt dann an anderer Stelle, so Weiß. Zuletzt waren die Kosten für den Hochwasserschutz an der Mulde um fast ein Drittel gestiegen.',
].join('\n\n');

describe('an edited passage between sides that stand (survivesInPlace)', () => {
  it('is found with a sentence inserted into it, its heading deleted and the paragraphs joined', () => {
    const t = target(TEXT, ZEITPLAN);
    const inserted = ZEITPLAN.replace(
      'Anfrage. ',
      'Anfrage. Der Termin für die Abstimmung wurde auf den Oktober verlegt. ',
    );
    const edited = TEXT.replace(`Offene Fragen\n\n${ZEITPLAN}\n\n`, `${inserted} `);
    expect(slice(edited, anchor(edited, t))).toBe(inserted);
  });

  it('is drawn whole, typo at its last letters included, between intact sides', () => {
    const t = target(TEXT, 'fehlt dann');
    const edited = TEXT.replace('Das Geld fehlt dann', 'Das Geld fehlt daan').replace(
      'Kassel (dpa)',
      'Kassel',
    );
    expect(slice(edited, anchor(edited, t))).toBe('fehlt daan');
  });
});

describe('an edited passage by one side found once (pieceBySide)', () => {
  it('is found when its last words were rewritten, SURVIVES of it verbatim from that side', () => {
    const t = target(TEXT, 'kündigte an, das Thema in den');
    const edited = TEXT.replace(
      'das Thema in den Landtag zu bringen. Wann',
      'das Thema Prüfung Vorgangs Innenministerium. Wann',
    );
    expect(slice(edited, anchor(edited, t))).toBe('kündigte an, das Thema');
  });
});
