import { useCallback, type RefObject } from 'react';
import type { Article } from '@/domain/article/types';
import type { HighlightColor } from '@/domain/annotations/types';
import { useUi } from '../reader-ui';
import { highlightRange } from './actions';
import { rangeForOffsets } from './text-offsets';
import { readSelection, type TextSelection } from './use-text-selection';

/**
 * Highlights the selection in `color`, then returns focus to the text (or opens the new
 * highlight's note or tags). A hook of its own so the kept callback holds only these values:
 * made inside the article's render it kept that whole render alive, the first render's copy of
 * every highlight included (benchmark row 4).
 */
export function useCreateHighlight(
  textRef: RefObject<HTMLDivElement | null>,
  article: Article,
  textHash: string | undefined,
  selection: TextSelection | undefined,
  setColorId: (id: string) => void,
) {
  return useCallback(
    async (color: HighlightColor, then?: 'note' | 'tag') => {
      // Read the selection as it is now: keys can arrive before the last selectionchange is handled.
      const range = (textRef.current && readSelection(textRef.current, article.text)) ?? selection;
      if (!range) return;
      setColorId(color.id);
      const made = await highlightRange(article, textHash, range, color);
      if (!made) return;
      // The toolbar goes away with the selection: focus returns to the text, with the caret
      // after the new highlight, so the keyboard carries on from there.
      const sel = document.getSelection();
      if (then) sel?.removeAllRanges();
      else if (textRef.current) {
        textRef.current.focus({ preventScroll: true });
        const after = rangeForOffsets(textRef.current, range.end, range.end);
        if (after) sel?.collapse(after.startContainer, after.startOffset);
        else sel?.removeAllRanges();
      }
      if (then) useUi.getState().edit({ id: made.id, field: then === 'tag' ? 'tags' : 'note' });
    },
    [article, selection, setColorId, textHash, textRef],
  );
}
