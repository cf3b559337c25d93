// @vitest-environment node
// Issue 11, seventh round: the passage between both sides of its old context (between-sides.ts),
// where the end of the old prefix and the start of the old suffix stand verbatim around it in
// one place only, and the limits that keep the rest orphans. Each case is a copy of one from
// bench row 5 (100 edits) or the failure a limit prevents there.
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { target, slice } from './targets.fixture';
import { stockFiller } from './german-text.fixture';

/** Three paragraphs of stock sentences (about 1,300 characters), none of them a passage's. */
const filler = (n: number) => stockFiller(n, 3);

describe('the passage between both sides of its old context (between-sides.ts)', () => {
  it('finds a short quote found twice by the ends of both sides around one of them', () => {
    // Row 5, 100 edits: "„Das" in two places; at one, the words before "werden müssen."
    // and after "Geld fehlt" were rewritten (16 and 12 characters left of the sides), the
    // paragraph moved 800 characters on. The other "„Das" has nothing of the context.
    const text = [
      '„Das ist ein guter Tag für Görlitz“, sagte Lehmann.',
      filler(1),
      'Die Stadtwerke prüfen, ob Leitungen verlegt werden müssen. „Das Geld fehlt dann an anderer Stelle“, so Weiß. Zuletzt waren die Kosten gestiegen.',
    ].join('\n\n');
    const at = text.indexOf('„Das Geld');
    const t = target(text, '„Das', at);
    const edited = [
      '„Das ist ein guter Tag für Görlitz“, sagte Lehmann.',
      filler(1),
      filler(2),
      'Die Sprecher liegt der Reaktion Reaktion werden müssen. „Das Geld fehlt daan an anderer Stelle“, so Weiß. Zuletzt waren die Kosten gestiegen.',
    ].join('\n\n');
    const result = anchor(edited, t);
    expect(result.status !== 'orphan' && result.start).toBe(edited.indexOf('„Das Geld'));
    expect(slice(edited, result)).toBe('„Das');
  });

  it('finds a quote whose first word was replaced between both sides, drawn without it', () => {
    // Row 5, 100 edits: "Geld" became "Nachmittag"; the prefix stands in full up to it and
    // the suffix in full after the passage. The search's fewest edits take "ttag fließt. Vogt".
    const text = [
      filler(3),
      'Die FDP fordert einen Kassensturz, bevor weiteres Geld fließt.\nVogt bestätigte die Zahlen am Donnerstag auf Nachfrage.',
      filler(4),
    ].join('\n\n');
    const t = target(text, 'Geld fließt.\nVogt');
    const edited = [
      filler(3),
      filler(5),
      'Die FDP fordert einen Kassensturz, bevor weiteres Nachmittag fließt.\nVogt bestätigte die Zahlen am Donnerstag auf Nachfrage.',
      filler(4),
    ].join('\n\n');
    expect(slice(edited, anchor(edited, t))).toBe('fließt.\nVogt');
  });

  it('leaves a quote an orphan when its sides stand around it in one sentence only', () => {
    // Its sentence was deleted; a copy of the stock sentence ("Noch gibt es …") stands
    // elsewhere with the quote's own sentence around the quote. Without the two sentences,
    // row 5 (100 edits) had 6 more on a wrong passage, 25 edits 3.
    const text = [
      'Die Gespräche sollen fortgesetzt werden. Bislang gibt es keinen verbindlichen Zeitplan.',
      'Schon im März hatte der Ausschuss beraten. Es gibt keinen Plan B, sagte Lehmann.',
      filler(6),
      'Die Verwaltung verweist auf das Land. Noch gibt es keinen verbindlichen Zeitplan. Färber kündigte eine Stellungnahme an.',
    ].join('\n\n');
    const t = target(text, 'keinen');
    const edited = text.replace(' Bislang gibt es keinen verbindlichen Zeitplan.', '');
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('leaves a quote an orphan when both sides frame two places alike', () => {
    // The ends of both sides stand around the passage and around a copy: which one it is,
    // they do not say.
    const text = [
      'Die Stadtwerke prüfen, ob Leitungen verlegt werden müssen. „Das Geld fehlt dann an anderer Stelle“, so Weiß.',
      filler(7),
      'Noch ist offen, welche Kabel verlegt werden müssen. „Das Geld fehlt uns“, sagte Hübner.',
    ].join('\n\n');
    const t = target(text, '„Das');
    const edited = text
      .replace('Die Stadtwerke prüfen, ob Leitungen verlegt', 'Die Sprecher liegt der Reaktion')
      .replace('dann an anderer Stelle', 'daan an der Stelle');
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('leaves a quote an orphan when too little of it is left between its sides', () => {
    // Both sides stand, but the words between them were rewritten: the passage is gone. (The
    // quote stands twice elsewhere, so the search has matches to judge.)
    const text = [
      filler(3),
      'Die FDP fordert einen Kassensturz, bevor weiteres Geld fließt.\nVogt bestätigte die Zahlen am Donnerstag auf Nachfrage.',
      filler(4),
      'Ob Geld fließt. Vogt weiß es nicht. Kein Geld fließt. Vogt schweigt.',
    ].join('\n\n');
    const t = target(text, 'Geld fließt.\nVogt');
    const edited = text.replace('Geld fließt.\nVogt', 'Nachmittag kommt. Er');
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('leaves a quote an orphan when more than its own words stand between its sides', () => {
    // A sentence inserted into it: as much other text as the quote between both sides is, by
    // issue 11's truth, a passage gone (MAX_NEW).
    const text = [
      filler(3),
      'Die FDP fordert einen Kassensturz, bevor weiteres Geld fließt.\nVogt bestätigte die Zahlen am Donnerstag auf Nachfrage.',
      filler(4),
      'Ob Geld fließt. Vogt weiß es nicht. Kein Geld fließt. Vogt schweigt.',
    ].join('\n\n');
    const t = target(text, 'Geld fließt.\nVogt');
    const edited = text.replace('fließt.\nVogt', 'fließt. Die Stadt wartet ab. Vogt');
    expect(anchor(edited, t).status).toBe('orphan');
  });

  it('leaves a quote an orphan that was cut out between its sides, framed alike elsewhere', () => {
    // "Geld" deleted: its prefix and suffix now meet inside the sentence where it was (cut.ts);
    // the ends of both stand around a copy too, and it is found in a third place.
    const text = [
      'Mehr Geld gibt es nicht, sagte Lehmann.',
      'Die Stadtwerke prüfen, ob Leitungen verlegt werden müssen. Das Geld fehlt dann an anderer Stelle, so Weiß.',
      filler(8),
      'Noch ist offen, welche Kabel verlegt werden müssen. Das Geld fehlt dann im Haushalt, sagte Hübner.',
    ].join('\n\n');
    const t = target(text, 'Geld', text.indexOf('Das Geld'));
    const edited = text.replace('Das Geld fehlt dann', 'Das fehlt dann');
    expect(anchor(edited, t).status).toBe('orphan');
  });
});
