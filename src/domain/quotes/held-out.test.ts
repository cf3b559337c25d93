/**
 * The held-out paragraphs (held-out.fixture.ts), invented agency-style text that is not in the
 * seeds. Each set was run once with the rules as they stood before it was used for anything:
 *
 * - set 1, after tuning on the seeds: 11 of 14 quotations found, 9 of 14 with the right speaker,
 *   none of the 4 terms taken for speech. Then four rules were added from its misses ("hieß
 *   es", "rief" without a particle, a subject named right before the verb wins over the object
 *   after it, "zitierte X mit den Worten").
 * - set 2, after that: 10 of 15 found, 6 of 15 speakers right, 1 of 4 terms taken for speech
 *   („Fridays for Future“ rief …). Then: verb-final forms ("wie X mitteilte"), a particle after
 *   the quote ("warf … „…“ vor"), plural present forms ("sprechen von", "nennen"), "nach Angaben
 *   / Ansicht des X", the English trailer ("“…,” Biden said"), "„…“ – mit diesen Worten
 *   kommentierte X", a trailer needs its comma or dash, possessives as determiners ("Sein
 *   Anwalt"), organisation words before a name ("Die Initiative „…“").
 *
 * Since then neither set is independent: what they hold now is asserted so it does not slip
 * back.
 * - set 3, written after the rules stopped changing and never tuned on: 13 of 14 found, 10 of 14
 *   speakers right, none of the 3 terms taken for speech. These are the honest figures for new
 *   articles; its misses are listed below and in the README, to be fixed with new cases (not
 *   with these paragraphs, which then stop being held out).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';
import {
  HELD_OUT_2_NOT_SPEECH,
  HELD_OUT_2_PARAGRAPHS,
  HELD_OUT_2_SPEECH,
  HELD_OUT_3_NOT_SPEECH,
  HELD_OUT_3_PARAGRAPHS,
  HELD_OUT_3_SPEECH,
  HELD_OUT_NOT_SPEECH,
  HELD_OUT_PARAGRAPHS,
  HELD_OUT_SPEECH,
} from './held-out.fixture';
import type { NotSpeechQuote, SpeechQuote } from './seed-quotes.fixture';
import { articleOf } from './test-article.fixture';

function check(
  paragraphs: string[],
  speech: Omit<SpeechQuote, 'seed'>[],
  notSpeech: Omit<NotSpeechQuote, 'seed'>[],
) {
  const quotes = findQuotes(articleOf(...paragraphs));
  const results = speech.map((e) => {
    const q = quotes.find((x) => x.text.includes(e.contains));
    const name = q?.speaker?.name.toLowerCase() ?? '';
    const right = !!name && !!e.speaker?.some((n) => name.includes(n.toLowerCase()));
    return { contains: e.contains, found: !!q, right, said: q?.speaker?.name };
  });
  const scare = quotes.filter((q) => notSpeech.some((n) => n.text === q.text)).map((q) => q.text);
  return { results, scare };
}

describe('held-out paragraphs', () => {
  it('set 1: finds every quotation, with its speaker, and no term', () => {
    const { results, scare } = check(HELD_OUT_PARAGRAPHS, HELD_OUT_SPEECH, HELD_OUT_NOT_SPEECH);
    expect(results.filter((r) => !r.found || !r.right)).toEqual([]);
    expect(scare).toEqual([]);
  });

  it('set 2: finds every quotation and no term; all speakers but one are right', () => {
    const { results, scare } = check(
      HELD_OUT_2_PARAGRAPHS,
      HELD_OUT_2_SPEECH,
      HELD_OUT_2_NOT_SPEECH,
    );
    expect(results.filter((r) => !r.found)).toEqual([]);
    // "antwortete der Minister knapp: „Nein.“" takes the last minister named, Finanzminister
    // Lindner seven unrelated paragraphs up: right by the rule, wrong in this made-up article.
    expect(results.filter((r) => !r.right).map((r) => [r.contains, r.said])).toEqual([
      ['Nein', 'Christian Lindner'],
    ]);
    expect(scare).toEqual([]);
  });

  it('set 3 (never tuned on): at least 13 of 14 found, 10 of 14 speakers right, no term', () => {
    const { results, scare } = check(
      HELD_OUT_3_PARAGRAPHS,
      HELD_OUT_3_SPEECH,
      HELD_OUT_3_NOT_SPEECH,
    );
    console.info(
      [
        `held-out set 3: found ${results.filter((r) => r.found).length}/${results.length}, ` +
          `speakers right ${results.filter((r) => r.right).length}/${results.length}, ` +
          `terms taken for speech ${scare.length}/${HELD_OUT_3_NOT_SPEECH.length}`,
        ...results
          .filter((r) => !r.found || !r.right)
          .map((r) => `  ${r.found ? 'speaker' : 'missed'}: ${r.contains} (${r.said ?? '-'})`),
      ].join('\n'),
    );
    expect(results.filter((r) => r.found).length).toBeGreaterThanOrEqual(13);
    expect(results.filter((r) => r.right).length).toBeGreaterThanOrEqual(10);
    expect(scare).toEqual([]);
  });
});
