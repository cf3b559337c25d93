/**
 * Text folding, in one place: which characters are typographic variants, spaces or invisible
 * (characters.ts), the normalisation anchoring matches on (normalize.ts), and the German fold
 * search and tag names match on (fold.ts). Both map matches back to original offsets.
 */
export {
  DASHES,
  DOUBLE_QUOTES,
  INVISIBLE,
  SINGLE_QUOTES,
  isRegexSpaceCode,
  isSpaceCode,
  typographicFold,
} from './characters';
export {
  foldGerman,
  foldMarked,
  foldWithOffsets,
  unmark,
  UMLAUT_MARK,
  type FoldedText,
} from './fold';
export { toOriginalRange, type MappedText } from './mapped-text';
export {
  normalizeForMatch,
  normalizeString,
  toNormalizedEnd,
  toNormalizedStart,
  type NormalizedText,
} from './normalize';
