import type { Highlight } from '@/domain/annotations/types';

export type HighlightPatch = Partial<Pick<Highlight, 'target' | 'colorId' | 'note' | 'tags'>>;

/** Tags once each, in the order first given. */
export function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags)];
}

/** `current` with `patch` applied and `updatedAt` set: what `updateHighlight` stores. */
export function patchedHighlight(
  current: Highlight,
  patch: HighlightPatch,
  updatedAt: string,
): Highlight {
  return {
    ...current,
    ...(patch.target !== undefined && { target: patch.target }),
    ...(patch.colorId !== undefined && { colorId: patch.colorId }),
    ...(patch.note !== undefined && { note: patch.note }),
    ...(patch.tags !== undefined && { tags: uniqueTags(patch.tags) }),
    updatedAt,
  };
}
