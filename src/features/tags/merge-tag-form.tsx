import { useId, useState, type FormEvent } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { getDb, mergeTags, writeErrorMessage, type MergedTag, type TagUsage } from '@/db';
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
  const id = useId();
  const [intoId, setIntoId] = useState(others[0]?.id ?? '');
  const [error, setError] = useState<string>();
  const into = others.find((t) => t.id === intoId);
  const phrase = usagePhrase(usage);

  async function merge(e: FormEvent) {
    e.preventDefault();
    if (!into) return;
    setError(undefined);
    try {
      const result = await mergeTags(getDb(), tag.id, into.id);
      onMerged(`Merged “${tag.name}” into “${result.into.name}”.`, result.undo);
    } catch (err) {
      setError(writeErrorMessage(err));
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
        <p className="text-sm text-ink-2">There is no other tag to merge “{tag.name}” into.</p>
      ) : (
        <>
          <label htmlFor={`${id}-into`} className="block text-sm font-medium text-ink">
            Merge “{tag.name}” into
          </label>
          <select
            id={`${id}-into`}
            value={intoId}
            onChange={(e) => setIntoId(e.target.value)}
            autoFocus
            className="mt-1 h-9 w-full max-w-sm rounded-lg border border-line bg-surface px-2 text-sm text-ink"
          >
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <p className="mt-2 text-sm text-ink-2">
            {phrase
              ? `${phrase} tagged “${tag.name}” will be tagged “${into?.name ?? ''}” instead, and “${tag.name}” is removed.`
              : `“${tag.name}” is not used yet, so it is simply removed.`}{' '}
            You can undo this.
          </p>
        </>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {others.length > 0 && (
          <Button type="submit" variant="primary" compact>
            Merge tags
          </Button>
        )}
        <Button compact onClick={onCancel} autoFocus={others.length === 0}>
          Cancel
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
