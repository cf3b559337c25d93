import { useId, useRef, useState, type FormEvent } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { getDb, mergeTags, renameTag, type MergedTag } from '@/db';
import { useT } from '@/shared/i18n';
import { writeErrorText } from '@/shared/ui/error-text';
import { Button } from '@/shared/ui/button';

interface RenameTagFormProps {
  tag: Tag;
  /** Closes the form; `message` says what happened, `gone` that this tag no longer exists. */
  onDone: (message?: string, gone?: boolean, merged?: MergedTag) => void;
  onCancel: () => void;
}

/** Renames inline. A name another tag already has offers to merge into that tag instead. */
export function RenameTagForm({ tag, onDone, onCancel }: RenameTagFormProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(tag.name);
  const [conflict, setConflict] = useState<Tag>();
  const [error, setError] = useState<string>();

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setConflict(undefined);
    try {
      const result = await renameTag(await getDb(), tag.id, name);
      if (result.status === 'renamed') {
        const changed = result.tag.name !== tag.name;
        onDone(
          changed ? t('tags.rename.done', { from: tag.name, to: result.tag.name }) : undefined,
        );
      } else if (result.status === 'exists') setConflict(result.existing);
      else if (result.status === 'empty') setError(t('tags.error.nameEmpty'));
      else setError(t('tags.rename.gone'));
    } catch (err) {
      setError(writeErrorText(err));
    }
  }

  async function merge(into: Tag) {
    setError(undefined);
    try {
      const result = await mergeTags(await getDb(), tag.id, into.id);
      onDone(t('tags.merge.done', { from: tag.name, into: into.name }), true, result.undo);
    } catch (err) {
      setError(writeErrorText(err));
    }
  }

  return (
    <form
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      className="mt-3 border-t border-line pt-3"
    >
      <label htmlFor={`${id}-name`} className="block text-sm font-medium text-ink">
        {t('tags.rename.label', { name: tag.name })}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={input}
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-9 min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 text-sm text-ink"
        />
        <Button type="submit" variant="primary" compact className="h-9">
          {t('tags.rename.save')}
        </Button>
        <Button compact className="h-9" onClick={onCancel}>
          {t('tags.rename.cancel')}
        </Button>
      </div>
      {conflict && (
        <div role="alert" className="mt-3 rounded-lg bg-surface-2 p-3 text-sm text-ink">
          <p>{t('tags.rename.conflict', { existing: conflict.name, name: tag.name })}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="primary" compact onClick={() => void merge(conflict)}>
              {t('tags.rename.mergeInto', { name: conflict.name })}
            </Button>
            <Button
              compact
              onClick={() => {
                setConflict(undefined);
                input.current?.focus();
              }}
            >
              {t('tags.rename.otherName')}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
