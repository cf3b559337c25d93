/**
 * The terms of a sentence, German-aware: the search's fold and tokeniser (`scanTokens`: case,
 * umlauts, ß, typographic marks, hyphenated compounds as parts), the search's stop words, then
 * the Snowball German stemmer (`@orama/stemmers`), and closed compounds split against the
 * words both articles use ("Verteidigungsminister" → "Verteidigung" + "Minister" when those
 * occur on their own).
 */
import { stemmer } from '@orama/stemmers/german';
import { isStopWord } from '../search/stop-words';
import { scanTokens } from '../search/tokenize';
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
const UPPER = /\p{Lu}/u;

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
 * marks. Stop words and single letters are dropped; compounds give their parts.
 */
export function sentenceTerms(
  text: string,
  start: number,
  end: number,
  quotes: readonly [number, number][],
): TermOccurrence[] {
  const slice = text.slice(start, end);
  const tokens = scanTokens(slice);
  // Runs of capitalised words next to each other ("Präsident Wladimir Putin", "Jens
  // Stoltenberg", "Vereinigten Staaten"): one name or title, so its words share one weight.
  const run = new Array<number>(tokens.length).fill(1);
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (
      j < tokens.length &&
      UPPER.test(slice.charAt(tokens[j]?.start ?? 0)) &&
      (j === i || /^[\s-]+$/.test(slice.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0)))
    ) {
      j++;
    }
    const length = Math.max(1, j - i);
    for (let k = i; k < i + length; k++) run[k] = length;
    i += length;
  }
  const out: TermOccurrence[] = [];
  tokens.forEach((token, t) => {
    const quoted = quotes.length > 0 && inside(quotes, start + token.start);
    const weight = 1 / (run[t] ?? 1);
    for (const part of token.parts) {
      if (part.term.length < 2 || isStopWord(part.term)) continue;
      const surface = part.variant ?? part.term;
      const s = stem(surface);
      if (!DISCOURSE_STEMS.has(s)) out.push({ stem: s, surface, quoted, weight });
    }
  });
  return out;
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
