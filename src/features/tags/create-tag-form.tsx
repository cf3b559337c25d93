import { useId, useState, type FormEvent } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { createTag, getDb } from '@/db';
import { useT } from '@/shared/i18n';
import { writeErrorText } from '@/shared/ui/error-text';
import { Button } from '@/shared/ui/button';

interface CreateTagFormProps {
  tags: readonly Tag[] | undefined;
  onCreated: (message: string) => void;
}

/** A name field and a button; a name that exists (ignoring case) is reported, not duplicated. */
export function CreateTagForm({ tags, onCreated }: CreateTagFormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const tag = await createTag(await getDb(), name);
      if (tags?.some((other) => other.id === tag.id)) {
        setError(t('tags.create.exists', { name: tag.name }));
        return;
      }
      setName('');
      onCreated(t('tags.create.done', { name: tag.name }));
    } catch (err) {
      setError(writeErrorText(err));
    }
  }

  return (
    <form onSubmit={create} aria-label={t('tags.create.form')}>
      <label htmlFor={`${id}-name`} className="block text-sm font-medium text-ink">
        {t('tags.create.label')}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('tags.create.placeholder')}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-10 min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 text-sm text-ink placeholder:text-muted sm:max-w-sm"
        />
        <Button type="submit" variant="primary" icon="plus">
          {t('tags.create.submit')}
        </Button>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
