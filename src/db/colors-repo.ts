import type { HighlightColor } from '@/domain/annotations/types';
import type { SidenoteDb } from './database';
import { InvalidInputError } from './errors';

/** The palette, in display order. */
export async function listColors(db: SidenoteDb): Promise<HighlightColor[]> {
  return db.colors.orderBy('order').toArray();
}

/** Changes what a colour means. Resolves to undefined if there is no such colour. */
export async function renameColor(
  db: SidenoteDb,
  id: string,
  label: string,
): Promise<HighlightColor | undefined> {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (trimmed === '') {
    throw new InvalidInputError('Give the colour a meaning, for example “Key claim”.', {
      code: 'ui.colorMeaning.empty',
    });
  }
  return db.transaction('rw', db.colors, async () => {
    const current = await db.colors.get(id);
    if (!current) return undefined;
    const next: HighlightColor = { ...current, label: trimmed };
    await db.colors.put(next);
    return next;
  });
}
