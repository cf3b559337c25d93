// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { survival } from './survival';

describe('survival', () => {
  it('keeps all of an unchanged quote', () => {
    expect(
      survival('Die Stadt prüft rechtliche Schritte.', 'Die Stadt prüft rechtliche Schritte.'),
    ).toEqual({
      kept: 1,
      added: 0,
    });
  });

  it('counts a sentence inserted into the quote as added text, not as lost', () => {
    const quote = 'Die Stadt prüft Schritte. Der Rat tagt im Mai.';
    const inserted = 'Die Frist läuft ab. ';
    const match = quote.replace('Der Rat', `${inserted}Der Rat`);
    const { kept, added } = survival(quote, match);
    // One longest common subsequence may pair a letter or two differently at the seam.
    expect(kept).toBeGreaterThan(0.95);
    expect(Math.abs(added - inserted.length / match.length)).toBeLessThan(0.03);
  });

  it('counts letters only in runs: two unrelated sentences do not survive in each other', () => {
    const { kept } = survival(
      'Die Verkehrsbetriebe richteten einen Ersatzverkehr ein.',
      'Der Landkreis prüft nach eigenen Angaben rechtliche Schritte.',
    );
    expect(kept).toBeLessThan(0.7);
  });

  it('keeps what is left of a quote that lost its last words', () => {
    const { kept, added } = survival('kündigte an, das Thema in den', 'kündigte an, das Thema');
    expect(kept).toBeCloseTo(22 / 29, 5);
    expect(added).toBe(0);
  });
});
