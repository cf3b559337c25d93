import type { Article } from '@/domain/article/types';
import { classifyDbError, createTag, getDb, setArticleNote, setArticleTags } from '@/db';
import { useArticleState, useTags } from '@/db/live';
import { showToast } from '@/shared/stores/toasts';
import { NoteEditor } from './note-editor';
import { TagInput } from '@/shared/ui/tag-input';
import { HighlightList } from './highlight-list';
import type { ArticleHighlights } from './use-article-highlights';

interface AnnotationPanelProps {
  article: Article;
  highlights: ArticleHighlights;
}

/** Everything the user wrote about one article: its tags and note, then its highlights. */
export function AnnotationPanel({ article, highlights }: AnnotationPanelProps) {
  const state = useArticleState(article.id);
  const tags = useTags() ?? [];
  return (
    <div className="space-y-6 font-sans">
      <section aria-label="About this article" className="space-y-3">
        {state && (
          <>
            <TagInput
              label="Article tags"
              value={state.tags}
              tags={tags}
              onChange={async (ids) => {
                try {
                  await setArticleTags(getDb(), article.id, ids);
                } catch (err) {
                  showToast({
                    tone: 'error',
                    message: `Tags not saved: ${classifyDbError(err).message}`,
                  });
                }
              }}
              onCreate={(name) => createTag(getDb(), name)}
            />
            <details open={state.note !== ''} className="group">
              <summary className="cursor-pointer text-sm font-medium text-ink-2 select-none">
                Article note
              </summary>
              <div className="mt-2">
                <NoteEditor
                  label="Article note"
                  value={state.note}
                  draftKey={`article:${article.id}:note`}
                  onSave={async (text) => {
                    try {
                      await setArticleNote(getDb(), article.id, text);
                    } catch (err) {
                      throw new Error(classifyDbError(err).message);
                    }
                  }}
                  placeholder="Your summary, questions, how this source frames events…"
                />
              </div>
            </details>
          </>
        )}
      </section>
      <section aria-labelledby={`hl-heading-${article.id}`}>
        <h2 id={`hl-heading-${article.id}`} className="mb-3 text-sm font-semibold text-ink">
          Highlights
        </h2>
        <HighlightList article={article} highlights={highlights} />
      </section>
    </div>
  );
}
