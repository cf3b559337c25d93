// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { describeRange } from './describe';
import { candidatePlaces, MAX_OFFERED_PLACES } from './places';

const QUOTE = 'nicht hinnehmbar';
const TEXT = [
  `Die Gewerkschaft nannte die Kürzungen „${QUOTE}“ und kündigte Warnstreiks an.`,
  `Auch der Betriebsrat hält den Plan für ${QUOTE}, sagte seine Vorsitzende.`,
  `Der Landrat widersprach: Die Lage sei ernst, aber ${QUOTE} sei nur der Ton der Debatte.`,
].join('\n\n');

function target(text: string, quote: string, nth: number) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  return describeRange(text, start, start + quote.length);
}

describe('candidatePlaces', () => {
  it('offers every place of a repeated quote whose context was rewritten, in reading order', () => {
    const t = target(TEXT, QUOTE, 1);
    const edited = TEXT.replace(
      `Auch der Betriebsrat hält den Plan für ${QUOTE}, sagte seine Vorsitzende.`,
      `Der Betriebsrat findet das ebenfalls ${QUOTE}.`,
    );
    // Anchoring does not guess between three copies with other context, and says so…
    expect(anchor(edited, t)).toMatchObject({ status: 'orphan', reason: /several places/ });
    // …but the reader can pick one of them.
    const { places, total } = candidatePlaces(edited, t);
    expect(total).toBe(3);
    expect(places.map((p) => edited.slice(p.start, p.end))).toEqual([QUOTE, QUOTE, QUOTE]);
    expect(places.map((p) => p.start)).toEqual(
      [...places.map((p) => p.start)].sort((a, b) => a - b),
    );
    expect(places.every((p) => p.exact)).toBe(true);
  });

  it('maps places back across typographic changes', () => {
    const t = target(TEXT, `„${QUOTE}“`, 0);
    const edited = TEXT.replace(`„${QUOTE}“`, `"${QUOTE}"`);
    const { places } = candidatePlaces(edited, t);
    expect(places.map((p) => edited.slice(p.start, p.end))).toEqual([`"${QUOTE}"`]);
  });

  it('offers close matches when the quote is nowhere verbatim', () => {
    const t = target(TEXT, 'kündigte Warnstreiks an', 0);
    const edited = TEXT.replace('kündigte Warnstreiks an', 'kündigte Warnstreik an');
    const { places } = candidatePlaces(edited, t);
    expect(places).toHaveLength(1);
    expect(places[0]?.exact).toBe(false);
    expect(edited.slice(places[0]?.start, places[0]?.end)).toContain('Warnstreik');
  });

  it('lists at most MAX_OFFERED_PLACES and says how many there are', () => {
    const many = Array.from(
      { length: MAX_OFFERED_PLACES + 5 },
      (_, i) => `Absatz ${i}: ${QUOTE}.`,
    ).join('\n\n');
    const t = target(many, QUOTE, 3);
    const { places, total } = candidatePlaces(many.replace('Absatz 3:', 'Neu:'), t);
    expect(places).toHaveLength(MAX_OFFERED_PLACES);
    expect(total).toBe(MAX_OFFERED_PLACES + 5);
  });

  it('offers nothing for a quote that is gone', () => {
    const t = target(TEXT, 'sagte seine Vorsitzende', 0);
    const edited = TEXT.replace(', sagte seine Vorsitzende', '');
    expect(candidatePlaces(edited, t)).toEqual({ places: [], total: 0 });
  });
});
