import type { HighlightColor } from '@/domain/annotations/types';

/**
 * The palette a new database starts with. Ids are stable: highlights refer to them. The meanings
 * are stored as editable data, in English; while a colour keeps its shipped meaning, the
 * interface shows that meaning in its own language (isShippedMeaning, src/shared/ui/color-label.ts).
 */
export const DEFAULT_COLORS: readonly HighlightColor[] = Object.freeze([
  { id: 'key-claim', label: 'Key claim', swatch: 'yellow', order: 0 },
  { id: 'evidence', label: 'Evidence', swatch: 'green', order: 1 },
  { id: 'context', label: 'Context', swatch: 'blue', order: 2 },
  { id: 'disputed', label: 'Disputed', swatch: 'pink', order: 3 },
  { id: 'question', label: 'Question', swatch: 'purple', order: 4 },
]);

/**
 * True while a colour still means what it was shipped with: one of the default colours whose
 * stored meaning is the default's, never renamed to anything else.
 */
export function isShippedMeaning(color: Pick<HighlightColor, 'id' | 'label'>): boolean {
  return DEFAULT_COLORS.some((c) => c.id === color.id && c.label === color.label);
}
