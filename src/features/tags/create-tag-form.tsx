import { useId, useState, type FormEvent } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { createTag, getDb, writeErrorMessage } from '@/db';
import { Button } from '@/shared/ui/button';

interface CreateTagFormProps {
  tags: readonly Tag[] | undefined;
  onCreated: (message: string) => void;
}

/** A name field and a button; a name that exists (ignoring case) is reported, not duplicated. */
export function CreateTagForm({ tags, onCreated }: CreateTagFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const tag = await createTag(getDb(), name);
      if (tags?.some((t) => t.id === tag.id)) {
        setError(`There is already a tag called “${tag.name}”.`);
        return;
      }
      setName('');
      onCreated(`Created “${tag.name}”.`);
    } catch (err) {
      setError(writeErrorMessage(err));
    }
  }

  return (
    <form onSubmit={create} aria-label="Create a tag">
      <label htmlFor={`${id}-name`} className="block text-sm font-medium text-ink">
        New tag
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="For example “Sanktionen”"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-10 min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 text-sm text-ink placeholder:text-muted sm:max-w-sm"
        />
        <Button type="submit" variant="primary" icon="plus">
          Create tag
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
