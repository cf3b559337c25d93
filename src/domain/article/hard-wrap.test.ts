import { describe, expect, it } from 'vitest';
import { detectWrapWidth, toLogicalLines } from './hard-wrap';

const WRAPPED = [
  'Die Außenminister der Allianz berieten am Freitag über die Lage in der',
  'Ukraine und über weitere Hilfen für das Land. Sie sprachen auch über die',
  'Nato-',
  'Verbündeten im Osten und über die Frage, wie es nach dem Gipfel weitergeht.',
  '',
  'Ein zweiter Absatz beginnt hier und läuft ebenfalls über mehrere Zeilen, so',
  'wie man es aus E-Mails und alten Textdateien kennt, die hart umbrochen sind',
  'und deren Zeilen mitten im Satz enden, bevor der Absatz mit einem Punkt',
  'schließt.',
  'Quelle: Beispiel',
].join('\n');

describe('hard-wrapped text', () => {
  it('is detected with its width', () => {
    expect(detectWrapWidth(WRAPPED.split('\n'))).toBeGreaterThanOrEqual(70);
  });

  it('is joined back into paragraphs, keeping hyphens and a trailing source line apart', () => {
    const lines = toLogicalLines(WRAPPED).map((l) => l.text);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'Die Außenminister der Allianz berieten am Freitag über die Lage in der Ukraine und über weitere Hilfen für das Land. Sie sprachen auch über die Nato-',
    );
    expect(lines[1]).toBe(
      'Verbündeten im Osten und über die Frage, wie es nach dem Gipfel weitergeht.',
    );
    expect(lines[2]).toMatch(/^Ein zweiter Absatz .* mit einem Punkt schließt\.$/);
    expect(lines[3]).toBe('Quelle: Beispiel');
  });

  it('joins a hyphenated word split across full lines without adding a space', () => {
    const text = `${'Wort '.repeat(14)}Bündnis-\nverteidigung ${'Wort '.repeat(13)}x\n`.repeat(4);
    const [first] = toLogicalLines(text).map((l) => l.text);
    expect(first).toContain('Bündnis-verteidigung');
  });
});

describe('unwrapped text', () => {
  it('keeps one paragraph per line when lines are long (no blank lines, as in seed 001)', () => {
    const text = Array.from(
      { length: 8 },
      (_, i) => `Absatz ${i}: ${'Die NATO berät über die Lage in der Ukraine. '.repeat(5)}`,
    ).join('\n');
    expect(detectWrapWidth(text.split('\n'))).toBe(0);
    expect(toLogicalLines(text)).toHaveLength(8);
  });

  it('keeps caption lines of one block separate and numbers blocks', () => {
    const lines = toLogicalLines('Titel\n\nGuardar\nAlt-Text\nBildunterschrift REUTERS/X\n\nText.');
    expect(lines.map((l) => [l.text, l.block])).toEqual([
      ['Titel', 0],
      ['Guardar', 1],
      ['Alt-Text', 1],
      ['Bildunterschrift REUTERS/X', 1],
      ['Text.', 2],
    ]);
  });
});
