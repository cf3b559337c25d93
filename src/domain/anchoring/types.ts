import type { NormalizedText } from '../text/normalize';

/**
 * What anchoring needs from a highlight. `HighlightTarget` from `@/domain/annotations/types`
 * fits; the `type` fields of the selectors are not needed.
 */
export interface AnchorTarget {
  position?: { start: number; end: number };
  quote: { exact: string; prefix: string; suffix: string };
  /** SHA-256 (hex) of the text the selectors were made on. */
  textHash?: string;
}

/**
 * exact: found where the position selector says (or the same place after normalisation).
 * moved: the exact quote, found elsewhere. fuzzy: an approximate match of the quote.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy';

export interface AnchoredRange {
  status: AnchorStatus;
  /** Offsets into the text that was anchored against. */
  start: number;
  end: number;
  /** 0..1, Hypothesis-style (quote 50, prefix 20, suffix 20, distance 2); 1 for a verified position. */
  score: number;
}

/**
 * Why a passage was not found: no text to look for, gone from the article, still in several
 * places with its context changed, or changed beyond a close enough match.
 */
export type OrphanCode = 'empty' | 'gone' | 'ambiguous' | 'changed';

export interface OrphanResult {
  status: 'orphan';
  /** Why, as the interface says it (`reader.orphan.reason.<code>`). */
  code: OrphanCode;
  /** The same in English, for logs, tests and the benchmark. */
  reason: string;
}

export type AnchorResult = AnchoredRange | OrphanResult;

export interface AnchorThresholds {
  /** Smallest share of the quote that must match for a match to count (1 - errors / length). */
  minQuoteSimilarity: number;
  /**
   * For the exact quote without convincing context, near its old position: smallest share of
   * quote + prefix + suffix (by characters) that must agree. Short quotes need context.
   */
  minEvidence: number;
  /**
   * Or: one side of the context (at least 16 characters) agrees to this share, e.g. text was
   * inserted right before the quote but what follows it is unchanged.
   */
  intactSide: number;
  /** Context similarity (0..1) at which an exact quote match is taken without a fuzzy search. */
  strongContext: number;
}

/** A text made ready for anchoring many targets against it. */
export interface PreparedText {
  text: string;
  normalized: NormalizedText;
}

export interface AnchorOptions {
  /** SHA-256 (hex) of the text; when it equals `target.textHash` a verified position is trusted. */
  textHash?: string;
  /** Reuse one normalisation of the text (anchorMany does this). */
  prepared?: PreparedText;
  thresholds?: Partial<AnchorThresholds>;
}
