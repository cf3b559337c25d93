import { Fragment, useCallback, type ReactNode } from 'react';
import { useT, type MessageParams } from './i18n';
import type { MessageId } from './message-id';

const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A message with elements inside it, in the order the language puts them: `Press {key} to
 * highlight` with `{ key: <kbd>h</kbd> }`. The message is translated with a private marker for
 * each element, then cut at the markers; the text around them stays text.
 */
export function useRichT() {
  const t = useT();
  return useCallback(
    (id: MessageId, elements: Record<string, ReactNode>, params: MessageParams = {}): ReactNode => {
      const names = Object.keys(elements);
      const markers = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
      const text = t(id, { ...params, ...markers });
      const parts = text.split(new RegExp(`${OPEN}(\\d+)${CLOSE}`));
      return parts.map((part, i) =>
        i % 2 === 0 ? (
          part
        ) : (
          <Fragment key={i}>{elements[names[Number(part)] ?? ''] ?? null}</Fragment>
        ),
      );
    },
    [t],
  );
}
