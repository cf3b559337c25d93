import type { Article } from '@/domain/article/types';
import { HighlightableArticle } from '../highlights/highlightable-article';
import { NotesOverlay } from '../highlights/notes-overlay';
import { useReaderHighlights } from '../highlights/use-article-highlights';
import { useT } from '@/shared/i18n';

/** One side's article, highlightable, with its notes and highlights in a panel over the side. */
export function SideReader({ article, side }: { article: Article; side: 'left' | 'right' }) {
  const t = useT();
  const { shown, panel, count } = useReaderHighlights(article);
  return (
    <>
      <HighlightableArticle
        article={article}
        highlights={shown}
        level={2}
        textLabel={t('reader.compare.textLabel', { side })}
      />
      <NotesOverlay
        article={article}
        highlights={panel}
        place="pane"
        openLabel={t('reader.compare.openDrawer', { side, count })}
        openContent={count > 0 ? count : ''}
        dialogLabel={t('reader.compare.drawer', { side })}
        closeLabel={t('reader.compare.backToText')}
      />
    </>
  );
}
