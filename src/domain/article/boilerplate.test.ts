import { describe, expect, it } from 'vitest';
import { isWidgetLine, splitShareResidue } from './boilerplate';
import { parseSourceLine } from './provenance';

describe('isWidgetLine', () => {
  it.each([
    'Guardar',
    'Leave a Reply',
    'source site',
    'Lesen Sie weiter:',
    'Share:',
    'Teilen',
    'Weiterlesen …',
    'Kommentare (12)',
    '» Mehr zum Thema',
  ])('removes the standalone widget %j', (line) => {
    expect(isWidgetLine(line)).toBe(true);
  });

  it.each([
    'Guardar ist das spanische Wort für speichern.',
    'Lesen Sie weiter, was Stoltenberg sagte.',
    'Die Kommentare der Regierung waren deutlich.',
    'Teilen Sie uns Ihre Meinung mit.',
  ])('keeps prose that merely contains a widget word: %j', (line) => {
    expect(isWidgetLine(line)).toBe(false);
  });
});

describe('splitShareResidue', () => {
  const glued =
    'NATO prepares direct intervention into Russia-Ukraine war Share:Share on WhatsAppShare on FacebookShare on X (Twitter)Share on TelegramShare on RedditShare on EmailAs Ukraine’s NATO-backed regime faces a debacle.';

  it('cuts a glued share bar out of a line, keeping what is before and after', () => {
    expect(splitShareResidue(glued)).toEqual({
      before: 'NATO prepares direct intervention into Russia-Ukraine war ',
      residue:
        'Share:Share on WhatsAppShare on FacebookShare on X (Twitter)Share on TelegramShare on RedditShare on Email',
      after: 'As Ukraine’s NATO-backed regime faces a debacle.',
    });
  });

  it('finds two share tokens without a lead-in, with spaces between', () => {
    expect(splitShareResidue('Share on Facebook Share on X')?.residue).toBe(
      'Share on Facebook Share on X',
    );
  });

  it('leaves prose that mentions sharing alone', () => {
    expect(splitShareResidue('Users who Share on Facebook were warned.')).toBeUndefined();
    expect(splitShareResidue('Share: a word that starts a sentence.')).toBeUndefined();
    expect(splitShareResidue('Teilen auf Facebook ist beliebt.')).toBeUndefined();
  });
});

describe('parseSourceLine', () => {
  it.each([
    ['Quelle: RT DE', 'RT DE'],
    ['Ursprünglich veröffentlicht in WSWS.ORG', 'WSWS.ORG'],
    ['Ursprünglich veröffentlicht auf „Telepolis“.', 'Telepolis'],
    ['Mit Informationen von Reuters', 'Reuters'],
    ['Source: Associated Press', 'Associated Press'],
    ['Originally published on Common Dreams', 'Common Dreams'],
    ['Dieser Artikel ist zuerst erschienen bei Overton', 'Overton'],
  ])('reads %j as naming %j', (line, source) => {
    expect(parseSourceLine(line)).toEqual({ source });
  });

  it('keeps translation notes as provenance without a source', () => {
    expect(parseSourceLine('Übersetzt mit deepl.com')).toEqual({});
    expect(parseSourceLine('Translated by Jane Doe')).toEqual({});
  });

  it.each([
    'Infobae',
    'Quelle der Unruhe ist die Frage, wer zuerst schießt.',
    'Mit Informationen von Reuters berichtete die Zeitung, dass die Truppen der NATO in Polen seit Wochen üben.',
    'Weiter berichtet RT DE: "NATO-Generalsekretär Jens Stoltenberg sagte am Dienstag vor Reportern."',
  ])('does not take %j for provenance', (line) => {
    expect(parseSourceLine(line)).toBeUndefined();
  });
});

describe('German share and navigation widgets', () => {
  it.each([
    'Teilen auf Facebook',
    'Share on WhatsApp',
    'Auf Facebook teilen',
    'Per E-Mail teilen',
    'Zur Startseite',
    'Artikel teilen',
    'Drucken',
    'Kommentare (12)',
    'Mehr zum Thema',
  ])('%j is a widget line', (line) => {
    expect(isWidgetLine(line)).toBe(true);
  });

  it('a sentence that mentions sharing stays', () => {
    expect(isWidgetLine('Teilen auf Facebook ist für ihn keine Option.')).toBe(false);
    expect(isWidgetLine('Auf dem Gipfel teilen')).toBe(false);
  });
});
