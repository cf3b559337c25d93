/**
 * The terms of a sentence, German-aware: tokens as the search cuts them (a run of letters and
 * digits, hyphenated compounds as their parts, "12.000" one token), folded by the search's fold
 * (`foldMarked`: case, umlauts, ß, diacritics), the search's stop words, then
 * the Snowball German stemmer (`@orama/stemmers`), and closed compounds split against the
 * words both articles use ("Verteidigungsminister" → "Verteidigung" + "Minister" when those
 * occur on their own).
 */
import { stemmer } from '@orama/stemmers/german';
import { isStopWord } from '../search/stop-words';
import { foldMarked, unmark } from '../text/fold';
import { DISCOURSE_STEMS } from './discourse-words';

/** One word of a sentence: its stem, whether it stands inside a quotation, and its surface. */
export interface TermOccurrence {
  stem: string;
  /** Folded, dotless spelling (ä → a), the stemmer's input; for compound splitting. */
  surface: string;
  quoted: boolean;
  /** 1, or less inside a run of capitalised words (a name or a title counts about once). */
  weight: number;
}

const stems = new Map<string, string>();
const DIGIT = /^\p{N}/u;
const SPACE_ONLY = /^\s+$/;

/** Snowball stem of a folded dotless word; numbers stay as they are. Memoised. */
export function stem(surface: string): string {
  let s = stems.get(surface);
  if (s === undefined) {
    s = DIGIT.test(surface) ? surface : stemmer(surface);
    stems.set(surface, s);
  }
  return s;
}

function inside(ranges: readonly [number, number][], at: number): boolean {
  for (const [s, e] of ranges) if (at >= s && at < e) return true;
  return false;
}

/**
 * The content words of `text.slice(start, end)`; `quotes` are ranges of `text` inside quotation
 * marks. Stop words and single letters are dropped; compounds give their parts. `normalised`
 * is every word, folded, joined by spaces: the sentence with its typography gone.
 */
interface Token {
  at: number;
  end: number;
  upper: boolean;
}

/** Per BMP code unit: 0 not classified yet, 1 letter or mark, 2 digit, 3 neither. */
const CLASS = new Uint8Array(0x10000);
const LETTER = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;

function classOf(code: number): number {
  let c = CLASS[code] ?? 3;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 3;
    CLASS[code] = c;
  }
  return c;
}

const isHyphen = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011;

/**
 * Tokens of `slice` as the search's tokeniser cuts them (src/domain/search/tokenize.ts): runs
 * of letters and digits, joined across one hyphen ("NATO-Außenminister") and across "." or ","
 * between digits ("12.000"). Found in the original text, so case and place are known. (A
 * surrogate pair counts as neither: letters outside the BMP do not occur in German news.)
 */
function tokens(slice: string): Token[] {
  const out: Token[] = [];
  const n = slice.length;
  let i = 0;
  while (i < n) {
    if (classOf(slice.charCodeAt(i)) === 3) {
      i++;
      continue;
    }
    const at = i;
    for (;;) {
      let c = classOf(slice.charCodeAt(i));
      while (c !== 3 && i < n) c = classOf(slice.charCodeAt(++i));
      if (i + 1 >= n) break;
      const joiner = slice.charCodeAt(i);
      const next = classOf(slice.charCodeAt(i + 1));
      const prev = classOf(slice.charCodeAt(i - 1));
      const digits = (joiner === 0x2e || joiner === 0x2c) && prev === 2 && next === 2;
      if (!(digits || (isHyphen(joiner) && next !== 3))) break;
      i++;
    }
    const first = slice.charAt(at);
    out.push({ at, end: i, upper: first !== first.toLowerCase() });
  }
  return out;
}

/**
 * Separable verb prefixes that take "zu" inside the infinitive ("ab-zu-schaffen",
 * "vor-zu-bereiten"): without it such a word's stem would never meet the verb's or its noun's
 * ("abschaffen", "Abschaffung").
 */
const ZU_INFINITIVE =
  /^(ab|an|auf|aus|bei|durch|ein|fest|frei|her|hin|los|mit|nach|vor|weg|wieder|zu|zuruck|zusammen)zu(\p{L}{3,}en)$/u;

/** "abzuschaffen" → "abschaffen"; any other folded dotless word unchanged. */
export function withoutInfixZu(surface: string): string {
  const m = ZU_INFINITIVE.exec(surface);
  return m ? `${m[1] ?? ''}${m[2] ?? ''}` : surface;
}

interface Folded {
  /** Main spelling of the whole token (ä → ae), for the sentence's normalised text. */
  term: string;
  /** Per part: main spelling (for stop words) and stem (of the dotless spelling). */
  parts: { term: string; surface: string; stem: string }[];
}

const foldedTokens = new Map<string, Folded>();

/** Fold, parts and stems of one token, memoised (an article repeats most of its words). */
function foldToken(token: string): Folded {
  let f = foldedTokens.get(token);
  if (f === undefined) {
    const marked = foldMarked(token);
    const parts = marked
      .split('-')
      .filter((p) => p.length > 0)
      .map((p) => {
        const surface = withoutInfixZu(unmark(p, ''));
        return { term: unmark(p, 'e'), surface, stem: stem(surface) };
      });
    f = { term: unmark(marked, 'e'), parts };
    if (foldedTokens.size > 200_000) foldedTokens.clear();
    foldedTokens.set(token, f);
  }
  return f;
}

export function sentenceTerms(
  text: string,
  start: number,
  end: number,
  quotes: readonly [number, number][],
): { terms: TermOccurrence[]; normalised: string } {
  const slice = text.slice(start, end);
  const list = tokens(slice);
  const folded = list.map((token) => foldToken(slice.slice(token.at, token.end)));
  const content = (part: Folded['parts'][number]): boolean =>
    part.term.length >= 2 && !isStopWord(part.term) && !DISCOURSE_STEMS.has(part.stem);
  // Runs of capitalised content words next to each other ("Präsident Wladimir Putin", "Jens
  // Stoltenberg", "Vereinigten Staaten"): one name or title, so its words share one weight.
  const named = list.map((token, t) => token.upper && (folded[t]?.parts.some(content) ?? false));
  const run = new Array<number>(list.length).fill(1);
  for (let i = 0; i < list.length;) {
    let j = i;
    while (
      j < list.length &&
      named[j] === true &&
      (j === i || SPACE_ONLY.test(slice.slice(list[j - 1]?.end ?? 0, list[j]?.at ?? 0)))
    ) {
      j++;
    }
    const length = Math.max(1, j - i);
    for (let k = i; k < i + length; k++) run[k] = length;
    i += length;
  }
  const out: TermOccurrence[] = [];
  const words: string[] = [];
  list.forEach((token, t) => {
    const f = folded[t];
    if (!f) return;
    words.push(f.term);
    const quoted = quotes.length > 0 && inside(quotes, start + token.at);
    const weight = 1 / (run[t] ?? 1);
    for (const part of f.parts) {
      if (content(part)) out.push({ stem: part.stem, surface: part.surface, quoted, weight });
    }
  });
  return { terms: out, normalised: words.join(' ') };
}

/** Linking elements between the parts of a German compound ("Verteidigung-s-minister"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'e', 'er'];
const MIN_PART = 4;
const MIN_COMPOUND = 2 * MIN_PART + 1;

/**
 * Splits a closed compound into [modifier stem, head stem] where both are words of `vocabulary`
 * (stems seen on their own); or just [head stem] when only the head is ("Lagerbestände" →
 * "bestand"). The longest known head wins. `undefined` when nothing fits.
 */
export function splitCompound(
  surface: string,
  vocabulary: ReadonlySet<string>,
): string[] | undefined {
  if (surface.length < MIN_COMPOUND || DIGIT.test(surface)) return undefined;
  let headOnly: string[] | undefined;
  for (let cut = MIN_PART; cut <= surface.length - MIN_PART; cut++) {
    const head = stem(surface.slice(cut));
    if (head.length < MIN_PART - 1 || !vocabulary.has(head)) continue;
    const left = surface.slice(0, cut);
    for (const link of LINKS) {
      if (!left.endsWith(link)) continue;
      const modifier = left.slice(0, left.length - link.length);
      if (modifier.length < MIN_PART - 1) continue;
      const m = stem(modifier);
      if (vocabulary.has(m)) return [m, head];
    }
    headOnly ??= [head];
  }
  return headOnly;
}
