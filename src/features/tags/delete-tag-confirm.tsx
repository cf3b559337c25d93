import { useId, useState } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { deleteTag, getDb, type DeletedTag, type TagUsage } from '@/db';
import { useT } from '@/shared/i18n';
import { writeErrorText } from '@/shared/ui/error-text';
import { Button } from '@/shared/ui/button';
import { usagePhrase } from './usage-text';

interface DeleteTagConfirmProps {
  tag: Tag;
  usage: TagUsage | undefined;
  /** `deleted` is undefined when the tag was already gone (deleted in another tab). */
  onDeleted: (deleted: DeletedTag | undefined) => void;
  onCancel: () => void;
}

/** Asks before deleting, saying how many highlights and articles use the tag. */
export function DeleteTagConfirm({ tag, usage, onDeleted, onCancel }: DeleteTagConfirmProps) {
  const t = useT();
  const id = useId();
  const [error, setError] = useState<string>();
  const phrase = usagePhrase(t, usage, 'dative');

  async function confirm() {
    setError(undefined);
    try {
      onDeleted(await deleteTag(await getDb(), tag.id));
    } catch (err) {
      setError(writeErrorText(err));
    }
  }

  return (
    <div
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      className="mt-3 rounded-lg border border-danger/30 bg-danger-soft p-3"
    >
      <p id={`${id}-question`} className="text-sm text-ink">
        {t('tags.delete.question', { name: tag.name })}{' '}
        {phrase ? t('tags.delete.used', { usage: phrase }) : t('tags.delete.unused')}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="danger" compact onClick={() => void confirm()}>
          {t('tags.delete.confirm')}
        </Button>
        <Button compact onClick={onCancel} autoFocus>
          {t('tags.delete.cancel')}
        </Button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
