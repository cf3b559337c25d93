// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './describe';
import { target } from './targets.fixture';

/** The W3C selectors for the `nth` (0-based) occurrence of `quote` in `text`. */

describe('a deleted passage stays an orphan, however like it another place looks', () => {
  const phrase = 'wie ein Sprecher des Ministeriums am Montag mitteilte, ';
  const removed = `Die Gespräche in Genf gingen weiter, ${phrase}und man hoffe auf eine baldige Einigung. `;
  const text = [
    removed,
    `Die Delegationen verhandelten bis spät in die Nacht, ${phrase}und zwar ohne Unterbrechung. `,
    `Zuletzt hieß es, ${phrase}dass weitere Treffen folgen sollen und bald beginnen.`,
  ].join('');

  it('"und" after a stock phrase: another "und" after the same phrase nearby is not it', () => {
    const t = target(text, `${phrase}und`);
    const start = t.position.start + phrase.length;
    const und = describeRange(text, start, start + 3);
    expect(und.quote.exact).toBe('und');
    expect(anchor(text.replace(removed, ''), und).status).toBe('orphan');
  });

  it('a long quote still in the text twice: an unrelated copy close by is not it', () => {
    const quote =
      'die Reform des europäischen Asylsystems mit schärferen Regeln an den Außengrenzen und schnelleren Verfahren in Lagern nahe der Grenze';
    const removed = `Im Bundestag verteidigte Innenministerin Faeser gestern ${quote} gegen Angriffe. `;
    const before = [
      removed,
      `Kommentar: ${quote} bleibt Stückwerk. `,
      `Brüssel meint, ${quote} komme zu spät.`,
    ].join('');
    const t = target(before, quote);
    const after = before.replace(removed, 'Zuvor sprachen Verbände mit den Abgeordneten. Ein ');
    expect(Math.abs(after.indexOf(quote) - t.position.start)).toBeLessThanOrEqual(10);
    expect(anchor(after, t).status).toBe('orphan');
  });

  it('the long quote is still found when words were inserted before it', () => {
    const quote = 'die Reform des europäischen Asylsystems';
    const before = `Im Bundestag verteidigte Innenministerin Faeser gestern ${quote} gegen scharfe Angriffe aus Bayern. Kommentar: ${quote} bleibt Stückwerk.`;
    const t = target(before, quote);
    const after = before.replace('gestern die', 'gestern mit Nachdruck und in langer Rede die');
    const result = anchor(after, t);
    expect(result.status).not.toBe('orphan');
    if (result.status !== 'orphan') expect(after.slice(result.start, result.end)).toBe(quote);
  });
});
