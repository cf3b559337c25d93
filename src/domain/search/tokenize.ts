/**
 * Tokenising folded text. A token is a run of letters and digits; hyphenated compounds
 * ("NATO-Außenminister") are one token with parts, and digit groups ("12.000", "1,5") stay
 * together. The index stores, per token: each part, the joined compound ("natoaussenminister",
 * so "E-Mail" meets "Email"), and for words with umlauts also the dotless spelling.
 */
import { foldMarked, foldMarkedWithOffsets, toOriginalRange, unmark, UMLAUT_MARK } from './fold';
import { isStopWord } from './stop-words';

/** One word, with its original `[start, end)` when it came from `scanTokens`. */
export interface Word {
  /** Main folded spelling (ä → ae). */
  term: string;
  /** Dotless spelling (ä → a), only when the word has an umlaut. */
  variant?: string;
  start: number;
  end: number;
}

/** A token: a word, or a hyphenated compound of several words (`parts`). */
export interface Token extends Word {
  /** The words of a compound in order; a simple word is its own single part. */
  parts: Word[];
}

const TOKEN_RE = new RegExp(
  `[\\p{L}\\p{N}${UMLAUT_MARK}]+(?:(?:-|(?<=\\p{N})[.,](?=\\p{N}))[\\p{L}\\p{N}${UMLAUT_MARK}]+)*`,
  'gu',
);

function word(marked: string, start: number, end: number): Word {
  const term = unmark(marked, 'e');
  if (term === marked) return { term, start, end };
  return { term, variant: unmark(marked, ''), start, end };
}

function joined(parts: Word[], start: number, end: number): Word {
  const term = parts.map((p) => p.term).join('');
  const variant = parts.map((p) => p.variant ?? p.term).join('');
  return variant === term ? { term, start, end } : { term, variant, start, end };
}

/** Tokens of `text` with original offsets (for snippets and phrase checks). */
export function scanTokens(text: string): Token[] {
  const folded = foldMarkedWithOffsets(text);
  const tokens: Token[] = [];
  for (const m of folded.text.matchAll(TOKEN_RE)) {
    const from = m.index;
    const raw = m[0];
    const range = toOriginalRange(folded, from, from + raw.length);
    if (!raw.includes('-')) {
      const w = word(raw, range.start, range.end);
      tokens.push({ ...w, parts: [w] });
      continue;
    }
    const parts: Word[] = [];
    let at = from;
    for (const piece of raw.split('-')) {
      const r = toOriginalRange(folded, at, at + piece.length);
      parts.push(word(piece, r.start, r.end));
      at += piece.length + 1;
    }
    tokens.push({ ...joined(parts, range.start, range.end), parts });
  }
  return tokens;
}

function pushWord(out: string[], marked: string): void {
  const term = unmark(marked, 'e');
  if (isStopWord(term)) return;
  out.push(term);
  if (term !== marked) out.push(unmark(marked, ''));
}

/** The terms the index stores for `text` (no offsets; the fast path used while indexing). */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of foldMarked(text).matchAll(TOKEN_RE)) {
    const raw = m[0];
    if (!raw.includes('-')) {
      pushWord(out, raw);
      continue;
    }
    const pieces = raw.split('-');
    for (const piece of pieces) pushWord(out, piece);
    const whole = pieces.join('');
    out.push(unmark(whole, 'e'));
    if (whole.includes(UMLAUT_MARK)) out.push(unmark(whole, ''));
  }
  return out;
}

/** The words of `text` in order, compounds split into their parts (for phrase matching). */
export function phraseWords(tokens: readonly Token[]): Word[] {
  return tokens.flatMap((t) => t.parts);
}
