/**
 * Titles for files that have none, and word-boundary truncation shared with excerpts.
 * A derived title is the first sentence of the first body paragraph, without its final full
 * stop, cut at a word boundary with "…" when it is longer than `DERIVED_TITLE_MAX`.
 */

export const DERIVED_TITLE_MAX = 70;
/** Only this much of a paragraph is scanned for the first sentence. */
const SENTENCE_SCAN = 1000;

const ABBREVIATIONS = new Set(
  (
    'z.b zb bzw ca dr prof nr st vgl usw etc u.a d.h o.ä sog ggf inkl evtl abs art bspw ' +
    'mr mrs ms jr sr gen lt col sen rep hl jh mio mrd tsd min max'
  ).split(' '),
);
const CLOSING = new Set(['"', '”', '“', '’', '‘', '»', '«', ')', ']']);
const OPENING_OR_UPPER = /[\p{Lu}\p{N}„"«»‚‘“(]/u;

function isSentenceEnd(text: string, i: number): number {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return -1;
  let j = i + 1;
  while (j < text.length && CLOSING.has(text[j] ?? '')) j++;
  if (j >= text.length) return j;
  if (text[j] !== ' ') return -1;
  if (!OPENING_OR_UPPER.test(text[j + 1] ?? '')) return -1;
  if (ch === '.') {
    const wordStart = text.lastIndexOf(' ', i - 1) + 1;
    const word = text.slice(wordStart, i).toLowerCase();
    // "29. Mai", "J. Blinken", "z.B. Berlin" are not sentence ends.
    if (/^\d+$/.test(word) || /^\p{L}$/u.test(word) || ABBREVIATIONS.has(word)) return -1;
  }
  return j;
}

/** The first sentence of `text` (the whole text when no sentence end is found early). */
export function firstSentence(text: string): string {
  const limit = Math.min(text.length, SENTENCE_SCAN);
  for (let i = 0; i < limit; i++) {
    const end = isSentenceEnd(text, i);
    if (end > 0) return text.slice(0, end).trim();
  }
  return text.slice(0, SENTENCE_SCAN).trim();
}

const TRAILING_JOINERS = /[\s,;:–—\-„"“‚‘'(/]+$/u;

/**
 * Cuts `text` to at most `max` characters including the "…", at the last word boundary.
 * Text that already fits is returned unchanged.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(1, max - 1));
  // The room ends on a whole word when the next character is a space.
  const space = text[room.length] === ' ' ? room.length : room.lastIndexOf(' ');
  const cut = space >= max * 0.4 ? room.slice(0, space) : room;
  const clean = cut.replace(TRAILING_JOINERS, '');
  return `${clean || cut}…`;
}

const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ /][\p{Lu}][\p{L}'’.-]*){0,2}`;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+){0,2}`;
/**
 * "BRÜSSEL – ", "WASHINGTON, 3. März – ", "Kiew (dpa) – ", "New York (AP) - ". A place in
 * mixed case needs the agency in brackets: "Die Lage – so heißt es – …" is a sentence.
 */
const DASH_DATELINE = new RegExp(
  String.raw`^(?:${CAPS_PLACE}(?:,[^–—\n]{1,25})?(?:\s*\([^)\n]{1,30}\))?|${PLACE}\s*\([^)\n]{1,30}\))\s*[–—-]\s+(?=\S)`,
  'u',
);
/** "Berlin. Scholz erklärt …": a place and a full stop before the first sentence. */
const STOP_DATELINE = new RegExp(String.raw`^(${PLACE})\.\s+(?=[\p{Lu}„"»])`, 'u');
/** One-word sentences that are not places. */
const NOT_PLACES = new Set([
  'ja',
  'nein',
  'doch',
  'gut',
  'so',
  'also',
  'okay',
  'danke',
  'yes',
  'no',
]);

/**
 * The place line news agencies open a report with ("Berlin.", "BRÜSSEL –", "Kiew (dpa) –"), or
 * '' when there is none. It is where the report was filed, not what it says.
 */
export function leadingDateline(paragraph: string): string {
  const dash = DASH_DATELINE.exec(paragraph);
  if (dash) return dash[0];
  const stop = STOP_DATELINE.exec(paragraph);
  if (stop && !NOT_PLACES.has((stop[1] ?? '').toLowerCase())) return stop[0];
  return '';
}

/** A short title made from the first sentence of `paragraph`, after any dateline. */
export function deriveTitle(paragraph: string, max = DERIVED_TITLE_MAX): string {
  const sentence = firstSentence(paragraph.slice(leadingDateline(paragraph).length));
  const stop = sentence.endsWith('.') && !sentence.endsWith('...') && sentence.length > 1;
  const withoutStop = stop ? sentence.slice(0, -1).trimEnd() : sentence;
  return truncateAtWord(withoutStop, max);
}
