import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '@/shared/i18n';
import { clearDraft, saveDraft } from '@/shared/stores/drafts';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions {
  /** Draft key in localStorage, e.g. `highlight:<id>:note`. Remount the caller when it changes. */
  key: string;
  /** The text as it is now. */
  value: string;
  /** Stores the text; throws an Error whose message the user can read and act on. */
  save: (value: string) => Promise<void>;
  /** Quiet time in ms after the last change before saving. */
  delay?: number;
  /**
   * The text known to be stored, if the caller knows it (defaults to the first `value`). When it
   * changes, e.g. because another tab saved, it becomes the baseline: a different `value` is saved
   * over it, an equal one is not saved again.
   */
  savedValue?: string;
}

export interface Autosave {
  status: AutosaveStatus;
  /** The failed save's message, while `status` is 'error'. */
  error?: string;
  /** Saves now (blur, Ctrl+Enter, Retry). Never rejects: a failure shows in `status`. */
  flush: () => Promise<void>;
}

type Phase = 'idle' | 'saving' | 'saved' | 'error';

function statusOf(phase: Phase, isStored: boolean): AutosaveStatus {
  if (phase === 'saving') return 'saving';
  // Text equal to what is stored has nothing pending, whatever happened before.
  if (isStored) return phase === 'saved' ? 'saved' : 'idle';
  return phase === 'error' ? 'error' : 'pending';
}

function messageOf(err: unknown): string {
  return err instanceof Error && err.message ? err.message : t('ui.autosave.failed');
}

/**
 * Saves `value` a moment after typing stops. Every change is first written to a localStorage draft
 * (synchronously, so a closing tab loses nothing); the draft is removed once that exact text is
 * saved and kept while saving fails. Saves run one at a time, always with the newest text, and
 * never when the text equals what is stored. On unmount and on `pagehide` (or the page being
 * hidden), unsaved text is written to the draft and a save is attempted.
 */
export function useAutosave({
  key,
  value,
  save,
  delay = 600,
  savedValue,
}: AutosaveOptions): Autosave {
  const [saved, setSaved] = useState(savedValue ?? value);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string>();

  // A new stored value from outside (another tab) becomes the baseline.
  const [prevSavedValue, setPrevSavedValue] = useState(savedValue);
  if (savedValue !== prevSavedValue) {
    setPrevSavedValue(savedValue);
    if (savedValue !== undefined) setSaved(savedValue);
  }

  // The async side reads the latest props through refs, updated after each commit.
  const valueRef = useRef(value);
  const keyRef = useRef(key);
  const saveRef = useRef(save);
  const savedRef = useRef(saved);
  const timerRef = useRef<ReturnType<typeof setTimeout>>(undefined);
  const chainRef = useRef<Promise<void>>(Promise.resolve());
  const lastSeenRef = useRef<{ value: string; saved: string }>(undefined);

  const attempt = useCallback(async () => {
    const text = valueRef.current;
    const draftKey = keyRef.current;
    if (text === savedRef.current) return;
    setPhase('saving');
    try {
      await saveRef.current(text);
      savedRef.current = text;
      setSaved(text);
      setError(undefined);
      setPhase('saved');
      // Typing may have gone on during the save; that newer text still needs its draft.
      if (valueRef.current === text) clearDraft(draftKey);
    } catch (err) {
      if (valueRef.current !== savedRef.current) saveDraft(draftKey, valueRef.current);
      setError(messageOf(err));
      setPhase('error');
    }
  }, []);

  const cancelTimer = useCallback(() => {
    clearTimeout(timerRef.current);
    timerRef.current = undefined;
  }, []);

  const flush = useCallback(() => {
    cancelTimer();
    chainRef.current = chainRef.current.then(attempt);
    return chainRef.current;
  }, [attempt, cancelTimer]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    valueRef.current = value;
    keyRef.current = key;
    savedRef.current = saved;
    const last = lastSeenRef.current;
    lastSeenRef.current = { value, saved };
    if (value === saved) {
      cancelTimer();
      // Back to the stored text (typed back, or stored elsewhere): the draft is not needed. Not on
      // the first run, where a draft may hold text the caller has yet to decide about.
      if (last && (last.value !== value || last.saved !== saved)) clearDraft(key);
      return;
    }
    saveDraft(key, value);
    cancelTimer();
    timerRef.current = setTimeout(() => void flush(), delay);
  }, [key, value, saved, delay, cancelTimer, flush]);

  useEffect(() => {
    const persist = () => {
      cancelTimer();
      if (valueRef.current === savedRef.current) return;
      saveDraft(keyRef.current, valueRef.current);
      void flush();
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') persist();
    };
    window.addEventListener('pagehide', persist);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', persist);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      persist();
    };
  }, [cancelTimer, flush]);

  const status = statusOf(phase, value === saved);
  return { status, error: status === 'error' ? error : undefined, flush };
}
