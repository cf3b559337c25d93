import { describeRange } from '@/domain/anchoring';
import type { Article } from '@/domain/article/types';
import type { Highlight, HighlightColor } from '@/domain/annotations/types';
import {
  addHighlight,
  deleteHighlight,
  getDb,
  getHighlight,
  newHighlight,
  restoreHighlight,
  updateHighlight,
  type HighlightPatch,
} from '@/db';
import { requestPersistentStorage } from '@/db/storage';
import { showToast } from '@/shared/stores/toasts';
import { t, type MessageId } from '@/shared/i18n';
import { dbErrorText } from '@/shared/ui/error-text';
import { useUndo } from './undo';
import { useUi } from '../reader-ui';
import { usePendingHighlights } from './pending';

/**
 * Annotation changes the reader makes. Each is awaited; a failure is shown with what to do,
 * and each success can be undone (Ctrl+Z, or the toast's Undo).
 */

/**
 * Runs `fn` once the next frame has been painted, or after 100 ms where no frame comes (a hidden
 * tab gets no animation frames, and its highlight must still be stored).
 */
function afterNextPaint(fn: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

/** `what` is a message with a `{reason}`: "The highlight was not saved: {reason}". */
function reportFailure(what: MessageId, err: unknown) {
  showToast({ tone: 'error', message: t(what, { reason: dbErrorText(err) }) });
}

/**
 * Highlights `range`. The mark is drawn in the frame after the key press: the highlight is shown
 * as pending at once, and everything else (its quote context, the write to IndexedDB, opening its
 * card) happens after that frame is painted. A failed write takes the mark away and says why.
 */
export function highlightRange(
  article: Article,
  textHash: string | undefined,
  range: { start: number; end: number },
  color: HighlightColor,
): Promise<Highlight | undefined> {
  const { start, end } = range;
  const shown = newHighlight({
    articleId: article.id,
    target: {
      // Enough to draw it: its position, checked against the text it was made on.
      position: { type: 'TextPositionSelector', start, end },
      quote: {
        type: 'TextQuoteSelector',
        exact: article.text.slice(start, end),
        prefix: '',
        suffix: '',
      },
      textHash: textHash ?? '',
    },
    colorId: color.id,
  });
  usePendingHighlights.getState().add(shown);
  return new Promise((resolve) => afterNextPaint(() => void store(shown).then(resolve)));

  async function store(pending: Highlight): Promise<Highlight | undefined> {
    const { position, quote } = describeRange(article.text, start, end);
    const highlight: Highlight = { ...pending, target: { ...pending.target, position, quote } };
    useUi.getState().focusHighlight(highlight.id, 'text');
    try {
      await addHighlight(getDb(), highlight);
      useUndo.getState().push({
        label: t('reader.actions.removed'),
        run: async () => {
          await deleteHighlight(getDb(), highlight.id);
        },
      });
      void requestPersistentStorage();
      return highlight;
    } catch (err) {
      usePendingHighlights.getState().drop(new Set([highlight.id]));
      if (useUi.getState().focusedHighlightId === highlight.id)
        useUi.getState().focusHighlight(undefined);
      reportFailure('reader.actions.notSaved', err);
      return undefined;
    }
  }
}

export async function removeHighlight(highlight: Highlight): Promise<void> {
  try {
    const deleted = await deleteHighlight(getDb(), highlight.id);
    if (!deleted) return;
    const restore = async () => {
      // Never write the old copy over a highlight that is back already (and maybe edited since).
      if (await getHighlight(getDb(), deleted.highlight.id)) return;
      await restoreHighlight(getDb(), deleted.highlight, deleted.links, deleted.review);
      useUi.getState().focusHighlight(deleted.highlight.id, 'list');
    };
    const entry = { label: t('reader.actions.restored'), run: restore };
    useUndo.getState().push(entry);
    showToast({
      tone: 'info',
      message: t('reader.actions.deleted'),
      action: {
        label: t('reader.actions.undo'),
        run: () =>
          useUndo
            .getState()
            .take(entry)
            .catch((err: unknown) => reportFailure('reader.actions.notRestored', err)),
      },
    });
  } catch (err) {
    reportFailure('reader.actions.notDeleted', err);
  }
}

/** Changes colour, tags or target; note edits go through the note editor's autosave instead. */
export async function changeHighlight(highlight: Highlight, patch: HighlightPatch): Promise<void> {
  const before: HighlightPatch = {};
  for (const key of Object.keys(patch) as Array<keyof HighlightPatch>) {
    Object.assign(before, { [key]: highlight[key] });
  }
  try {
    await updateHighlight(getDb(), highlight.id, patch);
    useUndo.getState().push({
      label: t('reader.actions.changeUndone'),
      run: async () => {
        await updateHighlight(getDb(), highlight.id, before);
      },
    });
  } catch (err) {
    reportFailure('reader.actions.changeNotSaved', err);
  }
}

/** Saves a note; throws a user-facing message so the note editor keeps the text and says why. */
export async function saveHighlightNote(id: string, note: string): Promise<void> {
  try {
    await updateHighlight(getDb(), id, { note });
  } catch (err) {
    throw new Error(dbErrorText(err));
  }
}

export async function undoLast(): Promise<void> {
  try {
    const label = await useUndo.getState().undo();
    showToast({ tone: 'info', message: label ?? t('reader.actions.nothingToUndo') }, 3000);
  } catch (err) {
    reportFailure('reader.actions.undoFailed', err);
  }
}
