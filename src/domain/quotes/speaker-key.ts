/**
 * One key per speaker, so that "Stoltenberg", "Jens Stoltenberg" and "NATO-Generalsekretär Jens
 * Stoltenberg" count as one, and so do the transliterations "Peskow" and "Peskov", "Lawrow" and
 * "Lavrov". A person's key is their folded surname; a group's (a newspaper, a communiqué) is its
 * whole folded name.
 */
import { foldGerman } from '../text/fold';
import { DETERMINERS, groupRole, personRole } from './lexicon';
import type { SpeakerKind } from './types';

/** Folds one name word: case, umlauts, accents, and common transliteration variants (w/v, -ij/-y). */
export function personKey(word: string): string {
  return foldGerman(word)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/w/gu, 'v')
    .replace(/(?:ij|yj|iy|ii|y|j)$/u, 'i');
}

const ADJECTIVE = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u;

/**
 * The key of a speaker's name. Role words, determiners and lower-case adjectives are dropped
 * first ("der russische Außenminister Sergej Lawrow" → "Sergej Lawrow"). Without a `kind` (a
 * name the reader typed), a name of one to three capitalised words, none in capitals only, is
 * taken for a person.
 */
export function speakerKey(name: string, kind?: SpeakerKind): string {
  const words = name
    .split(/[\s,]+/u)
    .filter((w) => w && !DETERMINERS.has(w.toLowerCase()) && !ADJECTIVE.test(w));
  const kept = words.filter((w) => !(personRole(w) && /^\p{Lu}/u.test(w)));
  const rest = kept.length ? kept : words;
  const person =
    kind === 'person' ||
    (kind === undefined &&
      rest.length >= 1 &&
      rest.length <= 3 &&
      rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      !groupRole(rest[0] ?? ''));
  if (person) return 'p:' + personKey(rest[rest.length - 1] ?? name);
  return (
    'g:' +
    foldGerman(rest.join(' '))
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
