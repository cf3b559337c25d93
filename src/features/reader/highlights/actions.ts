import { describeRange } from '@/domain/anchoring';
import type { Article } from '@/domain/article/types';
import type { Highlight, HighlightColor } from '@/domain/annotations/types';
import {
  classifyDbError,
  createHighlight,
  deleteHighlight,
  getDb,
  getHighlight,
  restoreHighlight,
  updateHighlight,
  type HighlightPatch,
} from '@/db';
import { requestPersistentStorage } from '@/db/storage';
import { showToast } from '@/shared/stores/toasts';
import { useUndo } from '@/shared/stores/undo';
import { useUi } from '@/shared/stores/ui';

/**
 * Annotation changes the reader makes. Each is awaited; a failure is shown with what to do,
 * and each success can be undone (Ctrl+Z, or the toast's Undo).
 */

function reportFailure(what: string, err: unknown) {
  showToast({ tone: 'error', message: `${what}: ${classifyDbError(err).message}` });
}

export async function highlightRange(
  article: Article,
  textHash: string | undefined,
  range: { start: number; end: number },
  color: HighlightColor,
): Promise<Highlight | undefined> {
  const { position, quote } = describeRange(article.text, range.start, range.end);
  try {
    const highlight = await createHighlight(getDb(), {
      articleId: article.id,
      target: { position, quote, textHash: textHash ?? '' },
      colorId: color.id,
    });
    useUi.getState().focusHighlight(highlight.id, 'text');
    useUndo.getState().push({
      label: 'Highlight removed',
      run: async () => {
        await deleteHighlight(getDb(), highlight.id);
      },
    });
    void requestPersistentStorage();
    return highlight;
  } catch (err) {
    reportFailure('The highlight was not saved', err);
    return undefined;
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
    const entry = { label: 'Highlight restored', run: restore };
    useUndo.getState().push(entry);
    showToast({
      tone: 'info',
      message: 'Highlight deleted',
      action: {
        label: 'Undo',
        run: () =>
          useUndo
            .getState()
            .take(entry)
            .catch((err: unknown) => reportFailure('The highlight was not restored', err)),
      },
    });
  } catch (err) {
    reportFailure('The highlight was not deleted', err);
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
      label: 'Change undone',
      run: async () => {
        await updateHighlight(getDb(), highlight.id, before);
      },
    });
  } catch (err) {
    reportFailure('The change was not saved', err);
  }
}

/** Saves a note; throws a user-facing message so the note editor keeps the text and says why. */
export async function saveHighlightNote(id: string, note: string): Promise<void> {
  try {
    await updateHighlight(getDb(), id, { note });
  } catch (err) {
    throw new Error(classifyDbError(err).message);
  }
}

export async function undoLast(): Promise<void> {
  try {
    const label = await useUndo.getState().undo();
    showToast({ tone: 'info', message: label ?? 'Nothing to undo' }, 3000);
  } catch (err) {
    reportFailure('Undo failed', err);
  }
}
