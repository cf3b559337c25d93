import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './marks';

/** The quoted words of every outermost passage. */
function quoted(text: string): string[] {
  return findQuotedSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('findQuotedSpans', () => {
  it('pairs German marks „…“ and keeps ‚…‘ inside them', () => {
    expect(quoted('Er sagte: „Das ist ‚gut‘ so.“ Dann ging er.')).toEqual(['Das ist ‚gut‘ so.']);
  });

  it('pairs English “…” and guillemets both ways round', () => {
    expect(quoted('warnte, dass “die Gefahr real ist”, was …')).toEqual(['die Gefahr real ist']);
    expect(quoted('Sie sagte: »Wir bleiben.« Und: »Wir gehen nicht.«')).toEqual([
      'Wir bleiben.',
      'Wir gehen nicht.',
    ]);
    expect(quoted('Il a dit : « Nous restons » hier.')).toEqual(['Nous restons']);
  });

  it('reads the direction of straight quotes from the spaces around them', () => {
    expect(quoted('Er nannte es "unangenehm niedrig", und "die NATO keine Partei" sei.')).toEqual([
      'unangenehm niedrig',
      'die NATO keine Partei',
    ]);
  });

  it('keeps a straight quote inside an unclosed one after a colon, to the end of the paragraph', () => {
    const text =
      'Weiter berichtet RT DE: "Stoltenberg sagte, trotz der "beispiellosen Unterstützung" sei nichts.';
    expect(quoted(text)).toEqual([
      'Stoltenberg sagte, trotz der "beispiellosen Unterstützung" sei nichts.',
    ]);
  });

  it('drops an unclosed mark that no colon introduces', () => {
    expect(quoted('Ein „verirrtes Zeichen und weiter.')).toEqual([]);
  });

  it('takes „ with nothing after it for a wrong closing mark', () => {
    expect(quoted('„Sie halten uns in einem Kampfzustand „, sagte er.')).toEqual([
      'Sie halten uns in einem Kampfzustand',
    ]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted("Ukraine’s regime and Russia's army, it's said.")).toEqual([]);
  });

  it('keeps a comma standing in for ‚ inside a title', () => {
    expect(quoted('mit dem Titel „Ein Schritt zur ,Weltinsel‘“. Er …')).toEqual([
      'Ein Schritt zur ,Weltinsel‘',
    ]);
  });

  it('runs over sentences', () => {
    expect(quoted('„Erster Satz. Zweiter Satz! Dritter?“, fragte sie.')).toEqual([
      'Erster Satz. Zweiter Satz! Dritter?',
    ]);
  });
});
