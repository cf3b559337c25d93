import { lazy, Suspense } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { createTag, getDb, setArticleTags } from '@/db';
import { Button } from '@/shared/ui/button';
import { buttonClass } from '@/shared/ui/button-class';
import { Icon } from '@/shared/ui/icons';
import { Popover } from '@/shared/ui/popover';
import { useT } from '@/shared/i18n';

// The tag field loads when a card's Tags menu first opens, not with the library's first page.
const TagInput = lazy(() => import('@/shared/ui/tag-input').then((m) => ({ default: m.TagInput })));

interface ArticleTagsEditorProps {
  articleId: string;
  title: string;
  tagIds: readonly string[];
  /** Every tag; undefined while loading. */
  allTags: readonly Tag[] | undefined;
}

/** A "Tags" button on a library card that opens a tag field; every change is saved at once. */
export function ArticleTagsEditor({ articleId, title, tagIds, allTags }: ArticleTagsEditorProps) {
  const tr = useT();
  const label = tr('library.tagsEditor.label', { title });
  return (
    <Popover
      label={label}
      align="end"
      trigger={(t) => (
        <button
          type="button"
          {...t}
          aria-label={tr('library.tagsEditor.button', { title })}
          disabled={allTags === undefined}
          className={buttonClass('secondary', true)}
        >
          <Icon name="tag" />
          {tr('library.tagsEditor.trigger')}
          {tagIds.length > 0 && (
            <span className="rounded-full bg-surface-2 px-1.5 text-xs text-ink-2">
              {tagIds.length}
            </span>
          )}
        </button>
      )}
    >
      {(close) => (
        <div className="w-[min(22rem,calc(100vw-6rem))]">
          <Suspense
            fallback={
              <p role="status" className="h-11 text-sm text-muted">
                {tr('library.tagsEditor.opening')}
              </p>
            }
          >
            <TagInput
              label={tr('library.tagsEditor.field')}
              value={tagIds}
              tags={allTags ?? []}
              autoFocus
              onChange={async (ids) => {
                await setArticleTags(await getDb(), articleId, ids);
              }}
              onCreate={async (name) => createTag(await getDb(), name)}
            />
          </Suspense>
          <div className="mt-3 flex items-center justify-between gap-2">
            <p className="text-xs text-muted">{tr('library.tagsEditor.hint')}</p>
            <Button compact onClick={close}>
              {tr('library.tagsEditor.done')}
            </Button>
          </div>
        </div>
      )}
    </Popover>
  );
}
