/**
 * A small German + English stop-word list, in folded form. These words are not indexed (they
 * would only add noise to ranking); phrase queries still check them against the stored text.
 * Words that are also content words in the other language are left out on purpose: "war"
 * (the English noun), "will", "us" (the US), "waren" (goods).
 */
const GERMAN = [
  'aber',
  'als',
  'am',
  'an',
  'auch',
  'auf',
  'aus',
  'bei',
  'bis',
  'da',
  'dann',
  'das',
  'dass',
  'dem',
  'den',
  'der',
  'des',
  'die',
  'doch',
  'ein',
  'eine',
  'einem',
  'einen',
  'einer',
  'eines',
  'er',
  'es',
  'fuer',
  'hat',
  'haben',
  'im',
  'in',
  'ins',
  'ist',
  'mit',
  'nach',
  'noch',
  'nur',
  'oder',
  'sich',
  'sie',
  'sind',
  'so',
  'um',
  'und',
  'vom',
  'von',
  'vor',
  'wie',
  'wird',
  'werden',
  'wurde',
  'zu',
  'zum',
  'zur',
];

const ENGLISH = [
  'a',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'for',
  'from',
  'has',
  'have',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'this',
  'to',
  'was',
  'were',
  'with',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...GERMAN, ...ENGLISH]);

const DIGIT = /\p{N}/u;

/** A folded term that is not indexed: a stop word, or a single letter. */
export function isStopWord(term: string): boolean {
  if (term.length === 1) return !DIGIT.test(term);
  return STOP_WORDS.has(term);
}
