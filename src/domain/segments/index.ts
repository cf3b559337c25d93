export { segmentParagraph } from './segment-paragraph';
export type { IdRange, Segment, Span } from './segment-paragraph';
export { groupRangesByParagraph } from './group-ranges';
