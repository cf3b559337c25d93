import type { Article } from '@/domain/article/types';
import { HighlightableArticle } from '../highlights/highlightable-article';
import { NotesOverlay } from '../highlights/notes-overlay';
import { useReaderHighlights } from '../highlights/use-article-highlights';

/** One side's article, highlightable, with its notes and highlights in a panel over the side. */
export function SideReader({ article, side }: { article: Article; side: 'left' | 'right' }) {
  const { shown, panel, count } = useReaderHighlights(article);
  return (
    <>
      <HighlightableArticle
        article={article}
        highlights={shown}
        level={2}
        textLabel={`Text of the ${side} article`}
      />
      <NotesOverlay
        article={article}
        highlights={panel}
        place="pane"
        openLabel={`Highlights in the ${side} article${count > 0 ? ` (${count})` : ''}`}
        openContent={count > 0 ? count : ''}
        dialogLabel={`Notes and highlights, ${side} article`}
        closeLabel="Back to the text"
      />
    </>
  );
}
