import type { TagColor } from '@/db';

/** The colours a tag can have, in the order the picker shows them, with their names. */
export const TAG_COLORS: readonly { value: TagColor; name: string }[] = [
  { value: 'yellow', name: 'Yellow' },
  { value: 'green', name: 'Green' },
  { value: 'blue', name: 'Blue' },
  { value: 'pink', name: 'Pink' },
  { value: 'purple', name: 'Purple' },
  { value: 'orange', name: 'Orange' },
  { value: 'gray', name: 'Gray' },
];

export function colorName(color: TagColor): string {
  return TAG_COLORS.find((c) => c.value === color)?.name ?? color;
}
