import type { HighlightColor } from '@/domain/annotations/types';

/** The palette a new database starts with. Ids are stable: highlights refer to them. */
export const DEFAULT_COLORS: readonly HighlightColor[] = Object.freeze([
  { id: 'key-claim', label: 'Key claim', swatch: 'yellow', order: 0 },
  { id: 'evidence', label: 'Evidence', swatch: 'green', order: 1 },
  { id: 'context', label: 'Context', swatch: 'blue', order: 2 },
  { id: 'disputed', label: 'Disputed', swatch: 'pink', order: 3 },
  { id: 'question', label: 'Question', swatch: 'purple', order: 4 },
]);
