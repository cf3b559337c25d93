import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { readDraft } from '@/shared/stores/drafts';
import { Button } from '@/shared/ui/button';
import { Markdown } from '@/shared/ui/lazy-markdown';
import { useAutosave, type AutosaveStatus } from '@/shared/ui/use-autosave';
import { useT, type MessageId } from '@/shared/i18n';

/** Whether textareas grow with their text by CSS alone (`field-sizing: content`). */
const SIZES_ITSELF =
  typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

export interface NoteEditorProps {
  label: string;
  /** The stored note; may change while editing when another tab saves. */
  value: string;
  /** localStorage key for unsaved text, e.g. `highlight:<id>:note`. */
  draftKey: string;
  /** Stores the text; throws an Error with a message for the user when it can't. */
  onSave: (text: string) => Promise<void>;
  placeholder?: string;
  autoFocus?: boolean;
  /** Quiet time before autosaving, in ms. */
  delay?: number;
}

/**
 * A Markdown note with autosave, a preview, recovery of unsaved text and a clear account of what
 * is saved. The user's text never leaves the textarea because a save failed or another tab saved.
 */
export function NoteEditor(props: NoteEditorProps) {
  // A different note is a different editor: the old one saves its text as it unmounts.
  return <Editor key={props.draftKey} {...props} />;
}

type Notice = 'recovered' | 'conflict';

const NOTICES: Record<Notice, MessageId> = {
  recovered: 'reader.note.recovered',
  conflict: 'reader.note.conflict',
};

const STATUS_TEXT: Partial<Record<AutosaveStatus, MessageId>> = {
  pending: 'reader.note.pending',
  saving: 'reader.note.saving',
  saved: 'reader.note.saved',
};

/** How many of our own saves to recognise when the stored value comes back from the database. */
const OWN_SAVES_KEPT = 8;

function Editor({
  label,
  value,
  draftKey,
  onSave,
  placeholder,
  autoFocus,
  delay,
}: NoteEditorProps) {
  const t = useT();
  const id = useId();
  const textareaId = `${id}-text`;
  const hintId = `${id}-hint`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Asked for after the card opened (Note in the toolbar opens the card once the highlight is
  // stored, then asks for the note): the attribute works only on mount, so focus here too.
  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  const [start] = useState(() => {
    const draft = readDraft(draftKey);
    return draft && draft.text !== value ? { text: draft.text, recovered: true } : { text: value };
  });
  const [text, setText] = useState(start.text);
  const [notice, setNotice] = useState<Notice | undefined>(
    'recovered' in start ? 'recovered' : undefined,
  );
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  // The stored value as last changed by someone else; our own saves are tracked by the hook.
  const [base, setBase] = useState(value);
  const [ownSaves, setOwnSaves] = useState<readonly string[]>([]);

  const save = useCallback(
    async (next: string) => {
      setOwnSaves((list) => [...list.slice(1 - OWN_SAVES_KEPT), next]);
      await onSave(next);
    },
    [onSave],
  );
  const autosave = useAutosave({ key: draftKey, value: text, save, delay, savedValue: base });

  // The stored value changed. Our own save coming back is not news; anything else is another tab.
  const [prevValue, setPrevValue] = useState(value);
  if (value !== prevValue) {
    setPrevValue(value);
    if (!ownSaves.includes(value)) {
      setBase(value);
      const unsaved = autosave.status !== 'idle' && autosave.status !== 'saved';
      if (value === text) {
        if (notice === 'conflict') setNotice(undefined);
      } else if (!unsaved) {
        setText(value);
        setNotice(undefined);
      } else {
        setNotice('conflict');
      }
    }
  }

  // Grow with the text; CSS caps the height at about twelve lines, then it scrolls. Where the
  // browser sizes the field to its content itself (field-sizing), nothing is measured: reading
  // scrollHeight forced a layout of the whole page, 40 ms with 5,000 highlights drawn.
  useLayoutEffect(() => {
    const el = textarea.current;
    if (!el || mode !== 'write' || SIZES_ITSELF) return;
    el.style.height = 'auto';
    if (el.scrollHeight > 0) el.style.height = `${el.scrollHeight + 2}px`;
  }, [text, mode]);

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void autosave.flush();
    } else if (e.key === 'Escape') {
      e.currentTarget.blur();
    }
  }

  const { status } = autosave;
  const statusText = STATUS_TEXT[status];
  return (
    <div>
      <div className="mb-1 flex items-center justify-between gap-2">
        <label htmlFor={textareaId} className="block text-sm font-medium text-ink">
          {label}
        </label>
        <div
          role="group"
          aria-label={t('reader.note.view', { label })}
          className="flex gap-0.5 text-xs"
        >
          {(['write', 'preview'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              onClick={() => setMode(m)}
              className="rounded-md px-2 py-0.5 font-medium text-ink-2 hover:bg-surface-2 hover:text-ink aria-pressed:bg-surface-2 aria-pressed:text-ink"
            >
              {m === 'write' ? t('reader.note.write') : t('reader.note.preview')}
            </button>
          ))}
        </div>
      </div>
      <textarea
        ref={textarea}
        id={textareaId}
        hidden={mode !== 'write'}
        value={text}
        placeholder={placeholder}
        autoFocus={autoFocus}
        rows={3}
        aria-describedby={hintId}
        onChange={(e) => {
          setText(e.target.value);
          setNotice(undefined);
        }}
        onBlur={() => void autosave.flush()}
        onKeyDown={onKeyDown}
        className="block max-h-[calc(12lh+1rem)] min-h-[calc(3lh+1rem)] w-full [field-sizing:content] resize-none overflow-y-auto rounded-lg border border-line bg-surface px-3 py-2 text-sm leading-relaxed text-ink placeholder:text-muted focus-visible:border-accent focus-visible:outline-none"
      />
      {mode === 'preview' && (
        <div className="max-h-80 min-h-[calc(3lh+1rem)] overflow-y-auto rounded-lg border border-line bg-surface-2 px-3 py-2 text-sm leading-relaxed">
          {text.trim() ? (
            <Markdown source={text} />
          ) : (
            <p className="text-muted">{t('reader.note.nothingToPreview')}</p>
          )}
        </div>
      )}
      <div className="mt-1 flex min-h-6 flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        <div aria-live="polite" className="min-w-0 flex-1">
          {notice && <p className="text-ink-2">{t(NOTICES[notice])}</p>}
          {status === 'error' ? (
            <p className="text-danger">{autosave.error}</p>
          ) : (
            <p className="text-muted">{statusText && t(statusText)}</p>
          )}
        </div>
        {status === 'error' && (
          <Button compact onClick={() => void autosave.flush()}>
            {t('reader.note.retry')}
          </Button>
        )}
      </div>
      <p id={hintId} className="mt-0.5 text-xs text-muted">
        {t('reader.note.hint')}
      </p>
    </div>
  );
}
