import { useEffect, useId, useRef, useState } from 'react';
import type { Tag } from '@/domain/annotations/types';
import { getDb, recolorTag } from '@/db';
import { useT } from '@/shared/i18n';
import { writeErrorText } from '@/shared/ui/error-text';
import { buttonClass } from '@/shared/ui/button-class';
import { Popover } from '@/shared/ui/popover';
import { TagDot } from '@/shared/ui/tag-chip';
import { TAG_COLORS, colorName } from './tag-colors';

/** A button showing the tag's colour that opens a radio group of swatches; a choice is saved at once. */
export function TagColorPicker({ tag }: { tag: Tag }) {
  const t = useT();
  const [error, setError] = useState<string>();
  const label = t('tags.color.label', { name: tag.name });

  async function choose(color: Tag['color']) {
    setError(undefined);
    try {
      await recolorTag(await getDb(), tag.id, color);
    } catch (err) {
      setError(writeErrorText(err));
    }
  }

  return (
    <Popover
      label={label}
      align="start"
      trigger={(props) => (
        <button
          type="button"
          {...props}
          aria-label={t('tags.color.button', { name: tag.name, color: colorName(t, tag.color) })}
          className={buttonClass('ghost', true)}
        >
          <TagDot color={tag.color} />
          {t('tags.color.trigger')}
        </button>
      )}
    >
      {() => <Swatches tag={tag} label={label} error={error} onChoose={(c) => void choose(c)} />}
    </Popover>
  );
}

interface SwatchesProps {
  tag: Tag;
  label: string;
  error: string | undefined;
  onChoose: (color: Tag['color']) => void;
}

function Swatches({ tag, label, error, onChoose }: SwatchesProps) {
  const t = useT();
  const name = useId();
  const root = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    // The popover focuses its first control; start on the current colour instead.
    queueMicrotask(() => root.current?.querySelector<HTMLElement>('input:checked')?.focus());
  }, []);
  return (
    <fieldset ref={root}>
      <legend className="px-1 pb-2 text-xs font-semibold uppercase tracking-wide text-muted">
        {label}
      </legend>
      <div className="flex gap-1">
        {TAG_COLORS.map((c) => (
          <label key={c.value} className="cursor-pointer" title={t(c.name)}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={tag.color === c.value}
              onChange={() => onChoose(c.value)}
              className="peer sr-only"
            />
            <span className="flex size-8 items-center justify-center rounded-full border-2 border-transparent peer-checked:border-ink peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[var(--focus)] hover:bg-surface-2">
              <TagDot color={c.value} className="scale-[1.8]" />
            </span>
            <span className="sr-only">{t(c.name)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p role="alert" className="mt-2 max-w-64 text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
