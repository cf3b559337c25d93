import { useState } from 'react';
import { Link } from 'wouter';
import { getDb, restoreTag, unmergeTags, writeErrorMessage, type DeletedTag } from '@/db';
import { useTagUsage, useTags } from '@/db/live';
import { buttonClass } from '@/shared/ui/button-class';
import { Icon } from '@/shared/ui/icons';
import { EmptyState, Loading } from '@/shared/ui/states';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { CreateTagForm } from './create-tag-form';
import { TagNotice, type Notice, type TagUndo } from './tag-notice';
import { TagRow } from './tag-row';

/** The tag manager at `/tags`: create, rename, recolour, merge and delete tags, with Undo. */
export function TagsPage() {
  useDocumentTitle('Tags');
  const tags = useTags();
  const usage = useTagUsage();
  const [notice, setNotice] = useState<Notice>();

  function onDeleted(deleted: DeletedTag | undefined) {
    setNotice(
      deleted
        ? {
            message: `Deleted “${deleted.tag.name}”.`,
            undo: { kind: 'delete', deleted },
            focus: true,
          }
        : { message: 'That tag was already deleted, perhaps in another tab.', focus: true },
    );
  }

  async function undo(what: TagUndo) {
    try {
      if (what.kind === 'delete') {
        await restoreTag(getDb(), what.deleted);
        setNotice({ message: `Restored “${what.deleted.tag.name}”.`, focus: true });
      } else {
        await unmergeTags(getDb(), what.merged);
        setNotice({ message: `“${what.merged.from.name}” is back as its own tag.`, focus: true });
      }
    } catch (err) {
      setNotice({ message: writeErrorMessage(err), undo: what, focus: true });
    }
  }

  return (
    <Page
      width="3xl"
      roomBelow
      actions={
        <Link href="/" className={buttonClass('ghost', true)}>
          <Icon name="back" />
          Library
        </Link>
      }
    >
      <PageHeader
        title="Tags"
        description="Tags group articles and highlights by theme, so you can compare what each source says about it. Rename, recolour, merge or delete them here."
      />
      <CreateTagForm tags={tags} onCreated={(message) => setNotice({ message })} />
      {tags === undefined ? (
        <Loading label="Loading tags…" />
      ) : tags.length === 0 ? (
        <EmptyState title="No tags yet">
          Tag articles in the library (the Tags button on each card) or highlights in the reader, or
          create a tag above. Then filter the library by tag to see which sources cover a theme.
        </EmptyState>
      ) : (
        <ul aria-label="Tags" className="mt-6 grid gap-2">
          {tags.map((tag) => (
            <TagRow
              key={tag.id}
              tag={tag}
              usage={usage?.[tag.id]}
              others={tags.filter((t) => t.id !== tag.id)}
              onNotice={(message, gone, merged) =>
                setNotice({
                  message,
                  focus: gone,
                  undo: merged && { kind: 'merge', merged },
                })
              }
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
      <TagNotice
        notice={notice}
        onUndo={(d) => void undo(d)}
        onDismiss={() => setNotice(undefined)}
      />
    </Page>
  );
}
