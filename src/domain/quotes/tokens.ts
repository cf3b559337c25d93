/**
 * One paragraph as tokens: words, punctuation, and each quoted passage as a single token, so
 * that the rules around a quote never read the words inside another one. Sentences are split
 * on that stream: a full stop inside a quotation never ends the sentence around it.
 */
import type { QuotedSpan } from './marks';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** A word's text in lower case ('' for punctuation and quotes), computed once. */
  lower: string;
  /** For a `quote` token: its index among the paragraph's quoted spans. */
  quote?: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{N}]+)*-?/uy;
const SPACE = /\s/u;

export function tokenize(text: string, start: number, end: number, spans: QuotedSpan[]): Token[] {
  const tokens: Token[] = [];
  let i = start;
  let q = 0;
  while (i < end) {
    const span = spans[q];
    if (span && i === span.open) {
      const to = span.closed ? span.close + 1 : span.close;
      tokens.push({
        kind: 'quote',
        lower: '',
        start: span.open,
        end: to,
        text: text.slice(span.start, span.end),
        quote: q,
      });
      q++;
      i = to;
      continue;
    }
    const ch = text[i] ?? '';
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let to = Math.min(i + m[0].length, span ? span.open : end);
      if (to <= i) to = i + 1;
      const word = text.slice(i, to);
      tokens.push({ kind: 'word', start: i, end: to, text: word, lower: word.toLowerCase() });
      i = to;
      continue;
    }
    tokens.push({ kind: 'punct', start: i, end: i + 1, text: ch, lower: '' });
    i++;
  }
  return tokens;
}

const ABBREVIATIONS = new Set(
  'dr prof nr bzw vgl ca etc usw st jr sr mr mrs ms inkl evtl ggf bspw sog abs art jh mio mrd gen hl str tel u.a z.b'.split(
    ' ',
  ),
);
/** Nouns that follow an ordinal number ("am 27. Oktober", "im 19. Jahrhundert"). */
const AFTER_ORDINAL = new Set(
  'januar februar märz april mai juni juli august september oktober november dezember jahrhundert jahrtausend mal platz kapitel stock jahrestag geburtstag'.split(
    ' ',
  ),
);

function isUpper(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}

/** Does the quoted passage end its sentence (its words end in . ! ? or …)? */
function quoteEndsSentence(token: Token): boolean {
  return /[.!?\u2026]$/u.test(token.text);
}

/** Sentences as `[from, to)` ranges of token indices. */
export function splitSentences(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next) continue;
    const nextStarts = next.kind === 'quote' || (next.kind === 'word' && isUpper(next.text));
    if (!nextStarts) continue;
    let ends = false;
    if (t.kind === 'punct' && /[.!?\u2026]/u.test(t.text)) {
      const before = tokens[i - 1];
      ends = true;
      if (t.text === '.' && before?.kind === 'word' && before.end === t.start) {
        const w = before.text.toLowerCase();
        if (ABBREVIATIONS.has(w)) ends = false;
        else if (before.text.length === 1 && isUpper(before.text))
          ends = false; // an initial
        else if (
          /^\d+$/u.test(w) &&
          next.kind === 'word' &&
          AFTER_ORDINAL.has(next.text.toLowerCase())
        )
          ends = false;
      }
    } else if (t.kind === 'quote' && quoteEndsSentence(t)) {
      ends = true;
    }
    if (ends) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out;
}
