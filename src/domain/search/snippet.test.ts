import { describe, expect, it } from 'vitest';
import { makeSnippet, mergeRanges, phraseRanges, SNIPPET_LENGTH, termRanges } from './snippet';
import { phraseWords, scanTokens } from './tokenize';

const covered = (snippet: { text: string; matches: { start: number; end: number }[] }) =>
  snippet.matches.map((m) => snippet.text.slice(m.start, m.end));

describe('termRanges', () => {
  it('covers the original words although folding changed their length', () => {
    const text = 'Der Außenminister traf in München die Außenministerin und Straßburger.';
    const ranges = termRanges(
      scanTokens(text),
      new Set(['aussenminister', 'muenchen', 'strassburger']),
    );
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'Außenminister',
      'München',
      'Straßburger',
    ]);
  });

  it('matches the dotless spelling too', () => {
    const text = 'Das Bündnis';
    const ranges = termRanges(scanTokens(text), new Set(['bundnis']));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Bündnis']);
  });

  it('covers a compound part, or the whole compound when the joined word matched', () => {
    const text = 'Die NATO-Außenminister';
    const tokens = scanTokens(text);
    const part = termRanges(tokens, new Set(['aussenminister']));
    expect(part.map((r) => text.slice(r.start, r.end))).toEqual(['Außenminister']);
    const whole = termRanges(tokens, new Set(['natoaussenminister']));
    expect(whole.map((r) => text.slice(r.start, r.end))).toEqual(['NATO-Außenminister']);
  });
});

describe('phraseRanges', () => {
  it('finds adjacent words in order, across punctuation and compounds', () => {
    const text = 'Krieg mit Russland. Russland mit Krieg; NATO-Außenminister Baerbock';
    const words = phraseWords(scanTokens(text));
    const found = phraseRanges(words, ['krieg', 'mit', 'russland']);
    expect(found.map((r) => text.slice(r.start, r.end))).toEqual(['Krieg mit Russland']);
    const across = phraseRanges(words, ['aussenminister', 'baerbock']);
    expect(across.map((r) => text.slice(r.start, r.end))).toEqual(['Außenminister Baerbock']);
    expect(phraseRanges(words, ['mit', 'russland', 'krieg'])).toEqual([]);
  });
});

describe('mergeRanges', () => {
  it('sorts and merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 10, end: 12 },
        { start: 0, end: 3 },
        { start: 2, end: 5 },
        { start: 11, end: 20 },
      ]),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 20 },
    ]);
  });
});

describe('makeSnippet', () => {
  it('returns a short text whole, with its matches', () => {
    const text = 'Der Außenminister in München';
    const snippet = makeSnippet(text, termRanges(scanTokens(text), new Set(['muenchen'])));
    expect(snippet.text).toBe(text);
    expect(covered(snippet)).toEqual(['München']);
  });

  it('cuts a long text at word boundaries around the first match, with ellipses', () => {
    const before = 'Wort '.repeat(60);
    const after = ' Ende'.repeat(60);
    const text = `${before}Die Außenministerin ließ grüßen${after}`;
    const snippet = makeSnippet(
      text,
      termRanges(scanTokens(text), new Set(['aussenministerin', 'gruessen'])),
    );
    expect(snippet.text.startsWith('…Wort')).toBe(true);
    expect(snippet.text.endsWith('Ende…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(snippet.text.length).toBeGreaterThan(SNIPPET_LENGTH - 20);
    expect(covered(snippet)).toEqual(['Außenministerin', 'grüßen']);
  });

  it('keeps a match at the very end in view', () => {
    const text = `${'Anfang '.repeat(50)}Schluss`;
    const snippet = makeSnippet(text, termRanges(scanTokens(text), new Set(['schluss'])));
    expect(snippet.text.endsWith('Schluss')).toBe(true);
    expect(snippet.text.startsWith('…Anfang')).toBe(true);
    expect(covered(snippet)).toEqual(['Schluss']);
  });

  it('turns line breaks into spaces without moving offsets', () => {
    const text = 'Erste Zeile\n\nÄußerung hier';
    const snippet = makeSnippet(text, termRanges(scanTokens(text), new Set(['aeusserung'])));
    expect(snippet.text).toBe('Erste Zeile  Äußerung hier');
    expect(covered(snippet)).toEqual(['Äußerung']);
  });

  it('starts at the beginning of a long text without a match', () => {
    const snippet = makeSnippet('wort '.repeat(100), []);
    expect(snippet.text.startsWith('wort')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.matches).toEqual([]);
  });
});
