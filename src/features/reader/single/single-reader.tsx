import type { Article } from '@/domain/article/types';
import { AnnotationPanel } from '../highlights/annotation-panel';
import { HighlightableArticle } from '../highlights/highlightable-article';
import { NotesOverlay } from '../highlights/notes-overlay';
import { useReaderHighlights } from '../highlights/use-article-highlights';
import { ReaderColumns } from '../article/reader-frame';

/**
 * The single reader once its article is loaded: the text, and the annotations beside it (from
 * 1024 px) or behind a button over the text.
 */
export function SingleReader({ article }: { article: Article }) {
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
        openContent={`Highlights${count > 0 ? ` (${count})` : ''}`}
        dialogLabel="Notes and highlights"
        closeLabel="Close notes and highlights"
      />
    </ReaderColumns>
  );
}
