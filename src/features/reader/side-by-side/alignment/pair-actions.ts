import type { Passage } from '@/domain/alignment';
import { relationKey } from '@/domain/annotations/links';
import type { Article } from '@/domain/article/types';
import type { Highlight, LinkRelation } from '@/domain/annotations/types';
import {
  deleteHighlight,
  deleteLink,
  getDb,
  linkPassages,
  setPairDismissed,
  type PassageEnd,
} from '@/db';
import { showToast } from '@/shared/stores/toasts';
import { t } from '@/shared/i18n';
import { dbErrorText } from '@/shared/ui/error-text';
import { passageTarget } from '../../highlights/actions';
import { useUndo } from '../../highlights/undo';
import type { ShownPair } from './use-alignment';

/** A highlight that already stands for `passage`: each covers at least half of the other. */
function covering(highlights: readonly Highlight[], passage: Passage): Highlight | undefined {
  const length = (s: number, e: number) => Math.max(0, e - s);
  return highlights.find((h) => {
    const { start, end } = h.target.position;
    const shared = length(Math.max(start, passage.start), Math.min(end, passage.end));
    return shared * 2 >= passage.end - passage.start && shared * 2 >= end - start;
  });
}

export interface PairSide {
  article: Article;
  textHash: string | undefined;
  highlights: readonly Highlight[];
}

/**
 * Accepts a suggested correspondence as a link with `relation` and `note`: highlights the passages that
 * are not highlighted yet (in `colorId`), links them, and can be undone as one step.
 */
export async function acceptPair(
  pair: ShownPair,
  left: PairSide,
  right: PairSide,
  relation: LinkRelation,
  colorId: string,
  /** Why the two are linked (plain text, optional). */
  note = '',
): Promise<boolean> {
  const end = (side: PairSide, passage: Passage): PassageEnd => {
    const found = covering(side.highlights, passage);
    if (found) return { id: found.id };
    return {
      make: {
        articleId: side.article.id,
        target: passageTarget(side.article, side.textHash, passage),
        colorId,
      },
    };
  };
  try {
    const done = await linkPassages(
      await getDb(),
      end(left, pair.left),
      end(right, pair.right),
      relation,
      note.trim(),
    );
    const undo = async () => {
      await deleteLink(await getDb(), done.link.id);
      for (const h of done.made) await deleteHighlight(await getDb(), h.id);
    };
    useUndo.getState().push({ label: t('reader.alignment.linkUndone'), run: undo });
    showToast({
      tone: 'info',
      message: t('reader.alignment.linked', {
        relation: t(`reader.relation.${relationKey(relation)}`),
      }),
      action: {
        label: t('reader.actions.undo'),
        run: () =>
          useUndo
            .getState()
            .undo()
            .then(() => undefined),
      },
    });
    return true;
  } catch (err) {
    showToast({
      tone: 'error',
      message: t('reader.alignment.notLinked', { reason: dbErrorText(err) }),
    });
    return false;
  }
}

/** Dismisses (or brings back) a suggestion; it stays dismissed on every device that syncs. */
export async function dismissPair(
  leftId: string,
  rightId: string,
  key: string,
  dismissed: boolean,
) {
  try {
    await setPairDismissed(await getDb(), leftId, rightId, key, dismissed);
    if (dismissed) {
      showToast({
        tone: 'info',
        message: t('reader.alignment.dismissed'),
        action: {
          label: t('reader.actions.undo'),
          run: () => dismissPair(leftId, rightId, key, false),
        },
      });
    }
  } catch (err) {
    showToast({
      tone: 'error',
      message: t('reader.alignment.notDismissed', { reason: dbErrorText(err) }),
    });
  }
}
