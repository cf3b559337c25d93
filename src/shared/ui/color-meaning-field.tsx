import { useCallback, useId, useState } from 'react';
import type { HighlightColor } from '@/domain/annotations/types';
import { classifyDbError, getDb, renameColor } from '@/db';
import { readDraft } from '@/shared/stores/drafts';
import { useAutosave, type AutosaveStatus } from './use-autosave';

export interface ColorMeaningFieldProps {
  color: HighlightColor;
  /** 0-based place in the palette; the field is labelled "Meaning of colour <index + 1>". */
  index: number;
  /** The smaller variant for the reader's sidebar. */
  compact?: boolean;
}

const STATUS_TEXT: Partial<Record<AutosaveStatus, string>> = {
  pending: 'Not saved yet',
  saving: 'Saving…',
  saved: 'Saved',
};

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * What a colour means, saved as you type (and at once on Enter or leaving the field). Typed text
 * is kept as a draft until stored, so a reload or a closed tab in between loses nothing; the line
 * under the field says whether it is saved. The settings page and the reader's legend share it.
 */
export function ColorMeaningField({ color, index, compact }: ColorMeaningFieldProps) {
  const statusId = useId();
  const draftKey = `color:${color.id}:label`;
  const [value, setValue] = useState(() => readDraft(draftKey)?.text ?? color.label);

  // Renamed elsewhere (another tab, the other view) while this field holds no edits of its own.
  const [prevLabel, setPrevLabel] = useState(color.label);
  if (color.label !== prevLabel) {
    setPrevLabel(color.label);
    if (tidy(value) === tidy(prevLabel)) setValue(color.label);
  }

  const save = useCallback(
    async (text: string) => {
      const label = tidy(text);
      if (!label) throw new Error('Give the colour a meaning, for example “Key claim”.');
      try {
        await renameColor(getDb(), color.id, label);
      } catch (err) {
        throw new Error(`Not saved: ${classifyDbError(err).message}`);
      }
    },
    [color.id],
  );
  const autosave = useAutosave({
    key: draftKey,
    value,
    save,
    delay: 500,
    savedValue: color.label,
  });
  const { status } = autosave;

  return (
    <div className={`min-w-0 flex-1 ${compact ? '' : 'max-w-xs'}`}>
      <input
        value={value}
        maxLength={40}
        aria-label={`Meaning of colour ${index + 1}`}
        aria-describedby={statusId}
        aria-invalid={status === 'error' || undefined}
        className={`w-full rounded-lg border border-line bg-surface px-2 text-sm text-ink aria-invalid:border-danger ${
          compact ? 'h-8' : 'h-9'
        }`}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void autosave.flush();
          if (e.key === 'Escape' && value !== color.label) {
            e.stopPropagation();
            setValue(color.label);
          }
        }}
        onBlur={() => {
          // Show the meaning as it is stored: trimmed, single spaces. Left empty, it is put back.
          const shown = tidy(value);
          if (!shown) setValue(color.label);
          else if (shown !== value) setValue(shown);
          void autosave.flush();
        }}
      />
      <p
        id={statusId}
        aria-live="polite"
        className={`mt-0.5 min-h-4 text-xs ${status === 'error' ? 'text-danger' : 'text-muted'}`}
      >
        {status === 'error' ? autosave.error : STATUS_TEXT[status]}
      </p>
    </div>
  );
}
