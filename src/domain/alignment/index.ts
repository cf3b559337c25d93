/**
 * Passage alignment between two articles (issue 12, "Compare coverage"): which passages
 * correspond (same event, quotation or claim) and which only one article has. Plain
 * TypeScript, no DOM; meant to run in a Web Worker. See README.md.
 */
export { alignArticles, DEFAULT_MIN_SCORE, DEFAULT_MAX_PARTNERS } from './align';
export type { AlignedPair, AlignInput, Alignment, AlignOptions, PairKind, Passage } from './types';
