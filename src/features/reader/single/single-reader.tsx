import type { Article } from '@/domain/article/types';
import { AnnotationPanel } from '../highlights/annotation-panel';
import { HighlightableArticle } from '../highlights/highlightable-article';
import { NotesOverlay } from '../highlights/notes-overlay';
import { useReaderHighlights } from '../highlights/use-article-highlights';
import { ReaderColumns } from '../article/reader-frame';
import { useT } from '@/shared/i18n';

/**
 * The single reader once its article is loaded: the text, and the annotations beside it (from
 * 1024 px) or behind a button over the text.
 */
export function SingleReader({ article }: { article: Article }) {
  const t = useT();
  const { shown, panel, count } = useReaderHighlights(article);
  return (
    <ReaderColumns
      text={<HighlightableArticle article={article} highlights={shown} />}
      panel={<AnnotationPanel article={article} highlights={panel} />}
    >
      <NotesOverlay
        article={article}
        highlights={panel}
        place="page"
        openContent={t('reader.drawer.open', { count })}
        dialogLabel={t('reader.frame.panel')}
        closeLabel={t('reader.drawer.close')}
      />
    </ReaderColumns>
  );
}
