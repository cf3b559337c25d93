import { useState, type ReactNode } from 'react';
import type { Article } from '@/domain/article/types';
import { IconButton } from '@/shared/ui/button';
import { Icon } from '@/shared/ui/icons';
import { AnnotationPanel } from './annotation-panel';
import type { ArticleHighlights } from './use-article-highlights';
import { useT } from '@/shared/i18n';

interface NotesOverlayProps {
  article: Article;
  highlights: ArticleHighlights;
  /** `page`: over the whole window, below 1024 px; `pane`: over the lower part of one side-by-side pane. */
  place: 'page' | 'pane';
  /** The button that opens it: its label and its content. */
  openLabel?: string;
  openContent: ReactNode;
  dialogLabel: string;
  closeLabel: string;
}

/** A button that opens the article's notes and highlights over the text, and the panel it opens. */
export function NotesOverlay(props: NotesOverlayProps) {
  const { article, highlights, place, openLabel, openContent, dialogLabel, closeLabel } = props;
  const t = useT();
  const [open, setOpen] = useState(false);
  const page = place === 'page';
  const Heading = page ? 'h2' : 'h3';
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={openLabel}
        className={`${page ? 'fixed z-20 h-11 px-4 lg:hidden' : 'absolute z-10 h-10 px-3.5'} right-4 bottom-4 flex items-center gap-2 rounded-full bg-accent text-sm font-medium text-accent-ink shadow-lg`}
      >
        <Icon name="highlighter" />
        {openContent}
      </button>
      {open && (
        <div
          role="dialog"
          aria-modal={page ? 'true' : undefined}
          aria-label={dialogLabel}
          className={`${
            page
              ? 'fixed inset-0 z-40 lg:hidden'
              : // Over the lower part of its pane, so the text above stays in view.
                'absolute inset-x-0 bottom-0 z-20 h-[55%] rounded-t-xl border-t border-line shadow-[0_-8px_24px_rgb(0_0_0/0.12)]'
          } flex flex-col bg-paper`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <div
            className={`flex ${page ? 'h-14' : 'h-12'} items-center justify-between border-b border-line px-4`}
          >
            <Heading
              className={
                page ? 'font-semibold text-ink' : 'truncate text-sm font-semibold text-ink'
              }
            >
              {t('reader.frame.panel')}
            </Heading>
            <IconButton icon="close" label={closeLabel} autoFocus onClick={() => setOpen(false)} />
          </div>
          <div data-scroll-panel className="flex-1 overflow-y-auto p-4">
            <AnnotationPanel article={article} highlights={highlights} />
          </div>
        </div>
      )}
    </>
  );
}
