export { anchor, anchorMany, prepareText, DEFAULT_THRESHOLDS } from './anchor';
export { describeRange, CONTEXT_LENGTH, MAX_CONTEXT_LENGTH } from './describe';
export { candidatePlaces, MAX_OFFERED_PLACES } from './places';
export type { CandidatePlace, CandidatePlaces } from './places';
export type { RangeDescription, DescribeOptions } from './describe';
export { hashText } from './hash';
export {
  normalizeForMatch,
  normalizeString,
  toNormalizedEnd,
  toNormalizedStart,
  toOriginalRange,
} from '../text/normalize';
export type { NormalizedText } from '../text/normalize';
export type {
  AnchorOptions,
  AnchorResult,
  AnchorStatus,
  AnchorTarget,
  AnchorThresholds,
  AnchoredRange,
  OrphanCode,
  OrphanResult,
  PreparedText,
} from './types';
