import { useCallback, useMemo } from 'react';
import type { HighlightColor } from '@/domain/annotations/types';
import { isShippedMeaning } from '@/db/default-colors';
import { t as translate, useT, type MessageId, type Translate } from '@/shared/i18n';

/** The shipped meaning of each default colour, by colour id. */
const SHIPPED: Readonly<Record<string, MessageId>> = {
  'key-claim': 'ui.color.keyClaim',
  evidence: 'ui.color.evidence',
  context: 'ui.color.context',
  disputed: 'ui.color.disputed',
  question: 'ui.color.question',
};

/**
 * What a colour means, as the interface shows it. Meanings are the user's data, stored as typed;
 * the shipped defaults are stored in English, and while one is unedited it is shown in the
 * interface's language ("Key claim" → "Kernaussage"). A meaning the user wrote shows as written.
 */
export function colorLabel(
  color: Pick<HighlightColor, 'id' | 'label'>,
  t: Translate = translate,
): string {
  const id = SHIPPED[color.id];
  return id && isShippedMeaning(color) ? t(id) : color.label;
}

/** colorLabel for a component: it renders again when the language changes. */
export function useColorLabel(): (color: Pick<HighlightColor, 'id' | 'label'>) => string {
  const t = useT();
  return useCallback((color) => colorLabel(color, t), [t]);
}

/**
 * The palette with each meaning as the interface shows it, for code that reads `label` itself
 * (a notebook grouped by colour, a study sheet): `useShownColors(useColors())`. Not for storing.
 */
export function useShownColors<C extends Pick<HighlightColor, 'id' | 'label'>>(
  colors: readonly C[] | undefined,
): C[] | undefined {
  const label = useColorLabel();
  return useMemo(() => colors?.map((c) => ({ ...c, label: label(c) })), [colors, label]);
}
