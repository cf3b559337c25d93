/**
 * The alignment's public types. Everything is plain data (numbers, strings, arrays), so an
 * `Alignment` crosses `postMessage` to and from a Web Worker unchanged.
 */
import type { Article } from '../article/types';

/** What the engine reads of an article: its text and paragraphs (only `body` ones count). */
export type AlignInput = Pick<Article, 'text' | 'paragraphs' | 'language'>;

/**
 * `[start, end)` offsets into `Article.text`: one sentence, or a run of adjacent sentences,
 * always inside one body paragraph.
 */
export interface Passage {
  start: number;
  end: number;
}

/**
 * `quote`: both passages carry the same direct quotation (in any quote marks, or a close
 * translation variant). `claim`: the same event or claim in other words.
 */
export type PairKind = 'quote' | 'claim';

export interface AlignedPair {
  a: Passage;
  b: Passage;
  /** 0–1; higher is a closer correspondence. Pairs below `minScore` are not returned. */
  score: number;
  kind: PairKind;
  /**
   * A stable id from both passages' folded text (8 hex digits), the same whichever article is
   * `a`: remember a dismissed pair by it across reloads.
   */
  key: string;
}

export interface Alignment {
  /** Ordered by `a.start`. */
  pairs: AlignedPair[];
  /** Body passages of `a` with no counterpart in `b` (adjacent sentences merged), in order. */
  onlyA: Passage[];
  /** The same for `b`. */
  onlyB: Passage[];
}

export interface AlignOptions {
  /** Pairs scoring below this are left out (default `DEFAULT_MIN_SCORE`). */
  minScore?: number;
  /** How many partners one sentence may have at most (default 2). */
  maxPartners?: number;
}
