import type { Article } from '@/domain/article/types';
import { createTag, getDb, setArticleNote, setArticleTags } from '@/db';
import { dbErrorText } from '@/shared/ui/error-text';
import { useArticleState, useTags } from '@/db/live';
import { showToast } from '@/shared/stores/toasts';
import { NoteEditor } from './note-editor';
import { TagInput } from '@/shared/ui/tag-input';
import { HighlightList } from './highlight-list';
import type { ArticleHighlights } from './use-article-highlights';
import { useT } from '@/shared/i18n';

interface AnnotationPanelProps {
  article: Article;
  highlights: ArticleHighlights;
}

/** Everything the user wrote about one article: its tags and note, then its highlights. */
export function AnnotationPanel({ article, highlights }: AnnotationPanelProps) {
  const t = useT();
  const state = useArticleState(article.id);
  const tags = useTags() ?? [];
  return (
    <div className="space-y-6 font-sans">
      <section aria-label={t('reader.panel.about')} className="space-y-3">
        {state && (
          <>
            <TagInput
              label={t('reader.panel.articleTags')}
              value={state.tags}
              tags={tags}
              onChange={async (ids) => {
                try {
                  await setArticleTags(await getDb(), article.id, ids);
                } catch (err) {
                  showToast({
                    tone: 'error',
                    message: t('reader.panel.tagsNotSaved', {
                      reason: dbErrorText(err),
                    }),
                  });
                }
              }}
              onCreate={async (name) => createTag(await getDb(), name)}
            />
            <details open={state.note !== ''} className="group">
              <summary className="cursor-pointer text-sm font-medium text-ink-2 select-none">
                {t('reader.panel.articleNote')}
              </summary>
              <div className="mt-2">
                <NoteEditor
                  label={t('reader.panel.articleNote')}
                  value={state.note}
                  draftKey={`article:${article.id}:note`}
                  onSave={async (text) => {
                    try {
                      await setArticleNote(await getDb(), article.id, text);
                    } catch (err) {
                      throw new Error(dbErrorText(err));
                    }
                  }}
                  placeholder={t('reader.panel.articleNotePlaceholder')}
                />
              </div>
            </details>
          </>
        )}
      </section>
      <section aria-labelledby={`hl-heading-${article.id}`}>
        <h2 id={`hl-heading-${article.id}`} className="mb-3 text-sm font-semibold text-ink">
          {t('reader.panel.highlights')}
        </h2>
        <HighlightList article={article} highlights={highlights} />
      </section>
    </div>
  );
}
