import { useCallback, useId, useState } from 'react';
import type { HighlightColor } from '@/domain/annotations/types';
import { getDb, renameColor } from '@/db';
import { useT, type MessageId } from '@/shared/i18n';
import { readDraft } from '@/shared/stores/drafts';
import { useAutosave, type AutosaveStatus } from './use-autosave';
import { useColorLabel } from './color-label';
import { dbErrorText } from './error-text';

export interface ColorMeaningFieldProps {
  color: HighlightColor;
  /** 0-based place in the palette; the field is labelled "Meaning of colour <index + 1>". */
  index: number;
  /** The smaller variant for the reader's sidebar. */
  compact?: boolean;
}

const STATUS_TEXT: Partial<Record<AutosaveStatus, MessageId>> = {
  pending: 'ui.colorMeaning.pending',
  saving: 'ui.colorMeaning.saving',
  saved: 'ui.colorMeaning.saved',
};

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * What a colour means, saved as you type (and at once on Enter or leaving the field). Typed text
 * is kept as a draft until stored, so a reload or a closed tab in between loses nothing; the line
 * under the field says whether it is saved. The settings page and the reader's legend share it.
 */
export function ColorMeaningField({ color, index, compact }: ColorMeaningFieldProps) {
  const t = useT();
  const statusId = useId();
  const draftKey = `color:${color.id}:label`;
  // An unedited default meaning shows in the interface's language; it is stored only once edited.
  const label = useColorLabel()(color);
  const [value, setValue] = useState(() => readDraft(draftKey)?.text ?? label);

  // Renamed elsewhere (another tab, the other view), or the language changed, while this field
  // holds no edits of its own.
  const [prevLabel, setPrevLabel] = useState(label);
  if (label !== prevLabel) {
    setPrevLabel(label);
    if (tidy(value) === tidy(prevLabel)) setValue(label);
  }

  const save = useCallback(
    async (text: string) => {
      const meaning = tidy(text);
      if (!meaning) throw new Error(t('ui.colorMeaning.empty'));
      try {
        await renameColor(await getDb(), color.id, meaning);
      } catch (err) {
        throw new Error(t('ui.colorMeaning.notSaved', { reason: dbErrorText(err) }));
      }
    },
    [color.id, t],
  );
  const autosave = useAutosave({
    key: draftKey,
    value,
    save,
    delay: 500,
    savedValue: label,
  });
  const { status } = autosave;

  return (
    <div className={`min-w-0 flex-1 ${compact ? '' : 'max-w-xs'}`}>
      <input
        value={value}
        maxLength={40}
        aria-label={t('ui.colorMeaning.label', { number: index + 1 })}
        aria-describedby={statusId}
        aria-invalid={status === 'error' || undefined}
        className={`w-full rounded-lg border border-line bg-surface px-2 text-sm text-ink aria-invalid:border-danger ${
          compact ? 'h-8' : 'h-9'
        }`}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void autosave.flush();
          if (e.key === 'Escape' && value !== label) {
            e.stopPropagation();
            setValue(label);
          }
        }}
        onBlur={() => {
          // Show the meaning as it is stored: trimmed, single spaces. Left empty, it is put back.
          const shown = tidy(value);
          if (!shown) setValue(label);
          else if (shown !== value) setValue(shown);
          void autosave.flush();
        }}
      />
      <p
        id={statusId}
        aria-live="polite"
        className={`mt-0.5 min-h-4 text-xs ${status === 'error' ? 'text-danger' : 'text-muted'}`}
      >
        {status === 'error' ? autosave.error : STATUS_TEXT[status] && t(STATUS_TEXT[status])}
      </p>
    </div>
  );
}
