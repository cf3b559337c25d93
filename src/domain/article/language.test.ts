import { describe, expect, it } from 'vitest';
import { detectLanguage, foreignLanguage, languageScores } from './language';

describe('detectLanguage', () => {
  it('tells German from English', () => {
    expect(
      detectLanguage('Die NATO ist in der Ukraine stark engagiert, sagte er am Dienstag.'),
    ).toBe('de');
    expect(
      detectLanguage(
        'As Ukraine’s NATO-backed regime faces a debacle in its war with Russia, the powers act.',
      ),
    ).toBe('en');
  });

  it('does not count words shared by both languages ("war", "was", "will", "in")', () => {
    expect(languageScores('war was will in an so also')).toEqual({ de: 0, en: 0 });
    expect(detectLanguage('war was will')).toBe('de');
  });

  it('defaults to German for text without function words', () => {
    expect(detectLanguage('NATO Secretary General Jens Stoltenberg')).toBe('de');
    expect(detectLanguage('')).toBe('de');
  });
});

describe('foreignLanguage', () => {
  it('marks clearly English text in a German article', () => {
    expect(foreignLanguage('NATO prepares direct intervention into Russia-Ukraine war', 'de')).toBe(
      'en',
    );
  });

  it('leaves German text quoting an English title German', () => {
    expect(
      foreignLanguage(
        'Am Samstag erklärte Sikorski gegenüber The Guardian, dass die Lage ernst sei.',
        'de',
      ),
    ).toBeUndefined();
  });

  it('marks German text in an English article and ignores unknown article languages', () => {
    expect(foreignLanguage('Die NATO ist in der Ukraine stark engagiert.', 'en')).toBe('de');
    expect(foreignLanguage('Die NATO ist in der Ukraine stark engagiert.', 'fr')).toBeUndefined();
  });
});
