import { useId, useState, type FormEvent } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { getDb, mergeTags, type MergedTag, type TagUsage } from '@/db';
import { useT } from '@/shared/i18n';
import { writeErrorText } from '@/shared/ui/error-text';
import { Button } from '@/shared/ui/button';
import { usagePhrase } from './usage-text';

interface MergeTagFormProps {
  tag: Tag;
  /** The tags it can be merged into. */
  others: readonly Tag[];
  usage: TagUsage | undefined;
  onMerged: (message: string, merged?: MergedTag) => void;
  onCancel: () => void;
}

/** Moves every use of a tag onto another one, then removes it, after the user confirms. */
export function MergeTagForm({ tag, others, usage, onMerged, onCancel }: MergeTagFormProps) {
  const t = useT();
  const id = useId();
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const [error, setError] = useState<string>();
  const into = others.find((other) => other.id === intoId);
  const phrase = usagePhrase(t, usage);

  async function merge(e: FormEvent) {
    e.preventDefault();
    if (!into) return;
    setError(undefined);
    try {
      const result = await mergeTags(await getDb(), tag.id, into.id);
      onMerged(t('tags.merge.done', { from: tag.name, into: result.into.name }), result.undo);
    } catch (err) {
      setError(writeErrorText(err));
    }
  }

  return (
    <form
      onSubmit={merge}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      className="mt-3 border-t border-line pt-3"
    >
      {others.length === 0 ? (
        <p className="text-sm text-ink-2">{t('tags.merge.none', { name: tag.name })}</p>
      ) : (
        <>
          <label htmlFor={`${id}-into`} className="block text-sm font-medium text-ink">
            {t('tags.merge.label', { name: tag.name })}
          </label>
          <select
            id={`${id}-into`}
            value={intoId}
            onChange={(e) => setIntoId(e.target.value)}
            autoFocus
            className="mt-1 h-9 w-full max-w-sm rounded-lg border border-line bg-surface px-2 text-sm text-ink"
          >
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
          <p className="mt-2 text-sm text-ink-2">
            {phrase
              ? t('tags.merge.used', { usage: phrase, name: tag.name, into: into?.name ?? '' })
              : t('tags.merge.unused', { name: tag.name })}{' '}
            {t('tags.merge.undoable')}
          </p>
        </>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {others.length > 0 && (
          <Button type="submit" variant="primary" compact>
            {t('tags.merge.submit')}
          </Button>
        )}
        <Button compact onClick={onCancel} autoFocus={others.length === 0}>
          {t('tags.merge.cancel')}
        </Button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
