import { useState } from 'react';
import { Link } from 'wouter';
import { getDb, restoreTag, unmergeTags, type DeletedTag } from '@/db';
import { useTagUsage, useTags } from '@/db/live';
import { buttonClass } from '@/shared/ui/button-class';
import { Icon } from '@/shared/ui/icons';
import { EmptyState, Loading } from '@/shared/ui/states';
import { Page, PageHeader } from '@/shared/ui/page';
import { useDocumentTitle } from '@/shared/ui/use-document-title';
import { writeErrorText } from '@/shared/ui/error-text';
import { useT } from '@/shared/i18n';
import { CreateTagForm } from './create-tag-form';
import { TagNotice, type Notice, type TagUndo } from './tag-notice';
import { TagRow } from './tag-row';

/** The tag manager at `/tags`: create, rename, recolour, merge and delete tags, with Undo. */
export function TagsPage() {
  const t = useT();
  useDocumentTitle(t('tags.page.title'));
  const tags = useTags();
  const usage = useTagUsage();
  const [notice, setNotice] = useState<Notice>();

  function onDeleted(deleted: DeletedTag | undefined) {
    setNotice(
      deleted
        ? {
            message: t('tags.notice.deleted', { name: deleted.tag.name }),
            undo: { kind: 'delete', deleted },
            focus: true,
          }
        : { message: t('tags.notice.alreadyDeleted'), focus: true },
    );
  }

  async function undo(what: TagUndo) {
    try {
      if (what.kind === 'delete') {
        await restoreTag(await getDb(), what.deleted);
        setNotice({
          message: t('tags.notice.restored', { name: what.deleted.tag.name }),
          focus: true,
        });
      } else {
        await unmergeTags(await getDb(), what.merged);
        setNotice({
          message: t('tags.notice.unmerged', { name: what.merged.from.name }),
          focus: true,
        });
      }
    } catch (err) {
      setNotice({ message: writeErrorText(err), undo: what, focus: true });
    }
  }

  return (
    <Page
      width="3xl"
      roomBelow
      actions={
        <Link href="/" className={buttonClass('ghost', true)}>
          <Icon name="back" />
          {t('tags.page.back')}
        </Link>
      }
    >
      <PageHeader title={t('tags.page.title')} description={t('tags.page.description')} />
      <CreateTagForm tags={tags} onCreated={(message) => setNotice({ message })} />
      {tags === undefined ? (
        <Loading label={t('tags.page.loading')} />
      ) : tags.length === 0 ? (
        <EmptyState title={t('tags.page.empty.title')}>{t('tags.page.empty.body')}</EmptyState>
      ) : (
        <ul aria-label={t('tags.page.list')} className="mt-6 grid gap-2">
          {tags.map((tag) => (
            <TagRow
              key={tag.id}
              tag={tag}
              usage={usage?.[tag.id]}
              others={tags.filter((other) => other.id !== tag.id)}
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
