import { useDeferredValue, useState } from 'react';
import type { Article } from '@/domain/article/types';
import { Icon } from '@/shared/ui/icons';
import { IconButton } from '@/shared/ui/button';
import { AnnotationPanel } from './highlights/annotation-panel';
import { HighlightableArticle } from './highlights/highlightable-article';
import { useArticleHighlights } from './highlights/use-article-highlights';

/** One pane's article, highlightable, with its notes and highlights in a panel over the pane. */
export function PaneArticle({ article, side }: { article: Article; side: 'left' | 'right' }) {
  const highlights = useArticleHighlights(article);
  // The panel follows a render later, so a new mark is drawn first (as in LoadedReader).
  const panelHighlights = useDeferredValue(highlights);
  const [open, setOpen] = useState(false);
  const count = highlights.anchored.length + highlights.orphans.length;
  return (
    <>
      <HighlightableArticle
        article={article}
        highlights={highlights}
        level={2}
        textLabel={`Text of the ${side} article`}
      />
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={`Highlights in the ${side} article${count > 0 ? ` (${count})` : ''}`}
        className="absolute right-4 bottom-4 z-10 flex h-10 items-center gap-2 rounded-full bg-accent px-3.5 text-sm font-medium text-accent-ink shadow-lg"
      >
        <Icon name="highlighter" />
        {count > 0 ? count : ''}
      </button>
      {open && (
        <div
          role="dialog"
          aria-label={`Notes and highlights, ${side} article`}
          className="absolute inset-0 z-20 flex flex-col bg-paper"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <div className="flex h-12 items-center justify-between border-b border-line px-4">
            <h3 className="truncate text-sm font-semibold text-ink">Notes and highlights</h3>
            <IconButton
              icon="close"
              label="Back to the text"
              autoFocus
              onClick={() => setOpen(false)}
            />
          </div>
          <div data-scroll-panel className="flex-1 overflow-y-auto p-4">
            <AnnotationPanel article={article} highlights={panelHighlights} />
          </div>
        </div>
      )}
    </>
  );
}
