import { describeRange, normalizeForMatch, type NormalizedText } from '@/domain/anchoring';
import type { Article } from '@/domain/article/types';
import type { Highlight, HighlightColor } from '@/domain/annotations/types';
import {
  getDb,
  getHighlight,
  newHighlight,
  restoreHighlight,
  updateHighlight,
  writeHighlightDeletion,
  writeHighlightPatch,
  writeNewHighlight,
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
 * and each success can be undone (Ctrl+Z, or the toast's Undo). A new highlight, a recolour, a
 * tag change and a deletion are kept in localStorage while their write is under way, so leaving
 * the page in that moment loses nothing: the next start writes them (decision 0030).
 */

/**
 * Each article's text normalised for matching, made once: describing a new highlight's context
 * is then a search of it rather than a pass over the whole text first.
 */
const normalizedTexts = new WeakMap<Article, NormalizedText>();
function normalizedText(article: Article): NormalizedText {
  let normalized = normalizedTexts.get(article);
  if (!normalized) normalizedTexts.set(article, (normalized = normalizeForMatch(article.text)));
  return normalized;
}

/** The selectors a new highlight of `range` in `article` stores. */
export function passageTarget(
  article: Article,
  textHash: string | undefined,
  { start, end }: { start: number; end: number },
): Highlight['target'] {
  const { position, quote } = describeRange(article.text, start, end, {
    normalized: normalizedText(article),
  });
  return { position, quote, textHash: textHash ?? '' };
}

/** `what` is a message with a `{reason}`: "The highlight was not saved: {reason}". */
function reportFailure(what: MessageId, err: unknown) {
  showToast({ tone: 'error', message: t(what, { reason: dbErrorText(err) }) });
}

/**
 * Highlights `range`. The mark is drawn in the frame after the key press: the highlight is shown
 * as pending at once, and its write to IndexedDB starts in the same task, so the database does
 * it while that frame is drawn (benchmark row 3); its card opens once it is stored. A failed
 * write takes the mark away and says why.
 */
export function highlightRange(
  article: Article,
  textHash: string | undefined,
  range: { start: number; end: number },
  color: HighlightColor,
): Promise<Highlight | undefined> {
  const highlight = newHighlight({
    articleId: article.id,
    target: passageTarget(article, textHash, range),
    colorId: color.id,
  });
  usePendingHighlights.getState().add(highlight);
  return store(highlight);

  async function store(highlight: Highlight): Promise<Highlight | undefined> {
    try {
      // Kept in localStorage in this task, before anything is awaited (decision 0030).
      await writeNewHighlight(highlight);
      // Its card opens once it is stored: drawing the card while the write was under way kept
      // the main thread from taking the write's completion (benchmark row 3).
      useUi.getState().focusHighlight(highlight.id, 'text');
      useUndo.getState().push({
        label: t('reader.actions.removed'),
        run: async () => {
          await writeHighlightDeletion(highlight.id);
        },
      });
      void requestPersistentStorage();
      return highlight;
    } catch (err) {
      usePendingHighlights.getState().drop(new Set([highlight.id]));
      reportFailure('reader.actions.notSaved', err);
      return undefined;
    }
  }
}

export async function removeHighlight(highlight: Highlight): Promise<void> {
  try {
    const deleted = await writeHighlightDeletion(highlight.id);
    if (!deleted) return;
    const restore = async () => {
      // Never write the old copy over a highlight that is back already (and maybe edited since).
      if (await getHighlight(await getDb(), deleted.highlight.id)) return;
      await restoreHighlight(await getDb(), deleted.highlight, deleted.links, deleted.review);
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
    await writeHighlightPatch(highlight.id, patch);
    useUndo.getState().push({
      label: t('reader.actions.changeUndone'),
      run: async () => {
        await writeHighlightPatch(highlight.id, before);
      },
    });
  } catch (err) {
    reportFailure('reader.actions.changeNotSaved', err);
  }
}

/** Saves a note; throws a user-facing message so the note editor keeps the text and says why. */
export async function saveHighlightNote(id: string, note: string): Promise<void> {
  try {
    await updateHighlight(await getDb(), id, { note });
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
