import type { TagColor } from '@/db';
import type { MessageId, Translate } from '@/shared/i18n';

/** The colours a tag can have, in the order the picker shows them, with their names' ids. */
export const TAG_COLORS: readonly { value: TagColor; name: MessageId }[] = [
  { value: 'yellow', name: 'tags.color.yellow' },
  { value: 'green', name: 'tags.color.green' },
  { value: 'blue', name: 'tags.color.blue' },
  { value: 'pink', name: 'tags.color.pink' },
  { value: 'purple', name: 'tags.color.purple' },
  { value: 'orange', name: 'tags.color.orange' },
  { value: 'gray', name: 'tags.color.gray' },
];

export function colorName(t: Translate, color: TagColor): string {
  const name = TAG_COLORS.find((c) => c.value === color)?.name;
  return name ? t(name) : color;
}
