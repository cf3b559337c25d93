/**
 * A deliberately small language guess: German or English, by counting common function words.
 * Words that are frequent in both languages ("in", "an", "so", "was", "will", "war", "also",
 * "am", "man", "hat") are left out so that neither side gets free points.
 */

import { isLetterAt } from './chars';

export type LanguageCode = 'de' | 'en';

export interface LanguageScores {
  de: number;
  en: number;
}

const GERMAN = new Set(
  (
    'der die das den dem des und ist sind nicht ein eine einen einem einer eines mit von zu zum ' +
    'zur auf für sich auch es im dass daß sie er wir ihr wird wurde wurden werden haben hatte ' +
    'hatten nach bei aus oder aber wie noch nur über vor sein seine seiner seinen ihre ihren ' +
    'diese dieser dieses gegen um als bereits jedoch sowie wenn weil vom durch unter ob sei ' +
    'seien hätten können kann muss soll sollte keine kein mehr sehr schon zwischen'
  ).split(' '),
);

const ENGLISH = new Set(
  (
    'the of and to is are that this with for from by on as it its be been being has have had ' +
    'which who whom were would could should not but their they them he she we you his her our ' +
    'after during amid into about over than there these those what when while where a at or ' +
    'if such only said says'
  ).split(' '),
);

/** Longest word in either list; longer words are not looked up. */
const LONGEST = 8;
/** An article's language is decided on at most this many characters. */
export const LANGUAGE_SAMPLE = 100_000;
/** A paragraph's language is decided on at most this many characters. */
export const PARAGRAPH_SAMPLE = 3_000;

function score(word: string, scores: LanguageScores): void {
  const lower = word.toLowerCase();
  if (GERMAN.has(lower)) scores.de++;
  else if (ENGLISH.has(lower)) scores.en++;
}

/**
 * Counts German and English function words in the first `sample` characters of `text`.
 * A plain scan: no regex over the text, so it is linear and cannot overflow.
 */
export function languageScores(text: string, sample = LANGUAGE_SAMPLE): LanguageScores {
  const scores = { de: 0, en: 0 };
  const end = Math.min(text.length, sample);
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const letter = i < end && isLetterAt(text, i);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (i - start <= LONGEST) score(text.slice(start, i), scores);
      start = -1;
    }
  }
  return scores;
}

/** German unless English function words clearly outnumber German ones. */
export function detectLanguage(text: string): LanguageCode {
  const { de, en } = languageScores(text);
  return en > de ? 'en' : 'de';
}

/**
 * The paragraph's language when it clearly differs from the article's, else undefined.
 * "Clearly" means the other language has at least one function word and more than twice
 * as many as the article's language, so a German sentence quoting "The Guardian" stays German.
 */
export function foreignLanguage(text: string, articleLanguage: string): LanguageCode | undefined {
  if (articleLanguage !== 'de' && articleLanguage !== 'en') return undefined;
  const scores = languageScores(text, PARAGRAPH_SAMPLE);
  const other: LanguageCode = articleLanguage === 'de' ? 'en' : 'de';
  const own = scores[articleLanguage];
  return scores[other] >= 1 && scores[other] > 2 * own ? other : undefined;
}
