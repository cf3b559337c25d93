/**
 * Turns what the user typed into a MiniSearch query tree plus the phrases to check afterwards.
 *
 * - Words are folded like the index. Stop words and single letters are dropped from the query
 *   (they are not indexed) but kept inside phrases, which are checked against the text.
 * - A hyphenated word matches either the joined compound or all of its parts, so
 *   "NATO-Außenminister" finds "NATO-Außenminister" and "NATO Außenminister" alike.
 * - Text in double quotes (`"…"`, `„…“`, `“…”`, `»…«`, `«…»`) is a phrase: its words must be
 *   adjacent and in order in one field. Phrase words are matched exactly (no prefix or typos).
 *   An unclosed quote is treated as plain words, so results keep coming while typing.
 */
import type { Query } from 'minisearch';
import { DOUBLE_QUOTES } from '../text/characters';
import { phrasePattern } from './phrase-pattern';
import { isStopWord } from './stop-words';
import { phraseWords, scanTokens } from './tokenize';

export interface QueryPlan {
  /** One sub-query per query word; the caller combines them with AND (or OR as a fallback). */
  clauses: Query[];
  /** Folded words of each quoted phrase, stop words included. */
  phrases: string[][];
  /** Per phrase, a quick pre-test on `foldMarked` text (see phrase-pattern.ts). */
  patterns: RegExp[];
  /** Per phrase, its indexed words: a document with the phrase matched all of them. */
  phraseTerms: string[][];
  /**
   * Whether an OR search may find more than the AND search: only with several clauses of
   * which some are free words (phrase words are required either way).
   */
  relaxable: boolean;
}

/** Any double quote opens or closes a phrase („…“, "…", «…»). */
const QUOTES = new RegExp(`[${DOUBLE_QUOTES}]`);

function freeClauses(piece: string, out: Query[], seen: Set<string>): void {
  for (const token of scanTokens(piece)) {
    if (token.parts.length === 1) {
      if (!isStopWord(token.term) && !seen.has(token.term)) {
        seen.add(token.term);
        out.push(token.term);
      }
      continue;
    }
    const parts = token.parts.map((p) => p.term).filter((t) => !isStopWord(t));
    const key = `${token.term}|${parts.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      parts.length === 0
        ? token.term
        : { combineWith: 'OR', queries: [token.term, { combineWith: 'AND', queries: parts }] },
    );
  }
}

function phraseClauses(words: string[], out: Query[], seen: Set<string>): number {
  const before = out.length;
  for (const term of words) {
    const key = `="${term}`;
    if (isStopWord(term) || seen.has(key)) continue;
    seen.add(key);
    out.push({ combineWith: 'OR', queries: [term], prefix: false, fuzzy: false });
  }
  return out.length - before;
}

export function planQuery(raw: string): QueryPlan {
  const pieces = raw.split(QUOTES);
  const clauses: Query[] = [];
  const phrases: string[][] = [];
  const seen = new Set<string>();
  let phraseClauseCount = 0;
  // With an odd number of quote characters the last piece is an unclosed phrase.
  const closed = pieces.length % 2 === 1 ? pieces.length : pieces.length - 1;
  pieces.forEach((piece, i) => {
    if (i % 2 === 0 || i >= closed) {
      freeClauses(piece, clauses, seen);
      return;
    }
    const words = phraseWords(scanTokens(piece)).map((w) => w.term);
    if (words.length === 0) return;
    if (words.length > 1) phrases.push(words);
    phraseClauseCount += phraseClauses(words, clauses, seen);
  });
  return {
    clauses,
    phrases,
    patterns: phrases.map(phrasePattern),
    phraseTerms: phrases.map((words) => words.filter((w) => !isStopWord(w))),
    relaxable: clauses.length > 1 && clauses.length > phraseClauseCount,
  };
}
