import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft } from '@/shared/stores/drafts';
import { useAutosave, type AutosaveOptions } from './use-autosave';

const KEY = 'highlight:h1:note';

/** A save whose completion the test controls. */
function deferredSave() {
  const calls: Array<{ text: string; resolve: () => void; reject: (e: Error) => void }> = [];
  const save = vi.fn(
    (text: string) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ text, resolve, reject });
      }),
  );
  return { save, calls };
}

function setup(initial: Partial<AutosaveOptions> & Pick<AutosaveOptions, 'save'>) {
  return renderHook((props: AutosaveOptions) => useAutosave(props), {
    initialProps: { key: KEY, value: 'Anfang', ...initial },
  });
}

/** Lets timers and settled promises run, inside act. */
async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

describe('useAutosave', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('writes a draft at once, saves the newest text after the delay, then drops the draft', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, rerender } = setup({ save });
    expect(result.current.status).toBe('idle');

    rerender({ key: KEY, value: 'Anfang, m', save });
    expect(readDraft(KEY)?.text).toBe('Anfang, m');
    expect(result.current.status).toBe('pending');
    await wait(400);
    rerender({ key: KEY, value: 'Anfang, mehr', save });
    expect(readDraft(KEY)?.text).toBe('Anfang, mehr');
    await wait(599);
    expect(save).not.toHaveBeenCalled();

    await wait(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Anfang, mehr');
    expect(result.current.status).toBe('saved');
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('never saves text equal to the stored text', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, rerender } = setup({ save });
    rerender({ key: KEY, value: 'Anfang!', save });
    rerender({ key: KEY, value: 'Anfang', save });
    await wait(1000);
    await act(() => result.current.flush());
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toBe('idle');
    // Typing back to the stored text leaves nothing to recover.
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('shows saving while the save runs, and keeps the draft if typing went on meanwhile', async () => {
    const { save, calls } = deferredSave();
    const { result, rerender } = setup({ save });
    rerender({ key: KEY, value: 'eins', save });
    await wait(600);
    expect(result.current.status).toBe('saving');

    rerender({ key: KEY, value: 'eins zwei', save });
    // Not even for a moment: the newer text's draft is never removed.
    const removeItem = vi.spyOn(Storage.prototype, 'removeItem');
    await act(async () => calls[0]?.resolve());
    expect(removeItem).not.toHaveBeenCalled();
    expect(readDraft(KEY)?.text).toBe('eins zwei');
    expect(result.current.status).toBe('pending');

    await wait(600);
    expect(calls.map((c) => c.text)).toEqual(['eins', 'eins zwei']);
    await act(async () => calls[1]?.resolve());
    expect(result.current.status).toBe('saved');
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('runs one save at a time, each with the newest text', async () => {
    const { save, calls } = deferredSave();
    const { result, rerender } = setup({ save });
    rerender({ key: KEY, value: 'a', save });
    act(() => void result.current.flush());
    await wait(0);
    rerender({ key: KEY, value: 'ab', save });
    act(() => void result.current.flush());
    await wait(0);
    expect(calls.map((c) => c.text)).toEqual(['a']);

    await act(async () => calls[0]?.resolve());
    await wait(0);
    expect(calls.map((c) => c.text)).toEqual(['a', 'ab']);
  });

  it('reports a failed save with its message, keeps the draft, and saves on flush', async () => {
    const save = vi
      .fn<(text: string) => Promise<void>>()
      .mockRejectedValueOnce(new Error('Storage is full. Free some space, then save again.'))
      .mockResolvedValue(undefined);
    const { result, rerender } = setup({ save });
    rerender({ key: KEY, value: 'wichtig', save });
    await wait(600);

    expect(result.current.status).toBe('error');
    expect(result.current.error).toBe('Storage is full. Free some space, then save again.');
    expect(readDraft(KEY)?.text).toBe('wichtig');

    await act(() => result.current.flush());
    expect(save).toHaveBeenLastCalledWith('wichtig');
    expect(result.current.status).toBe('saved');
    expect(result.current.error).toBeUndefined();
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('saves at once on flush, without waiting for the delay', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, rerender } = setup({ save });
    rerender({ key: KEY, value: 'sofort', save });
    await act(() => result.current.flush());
    expect(save).toHaveBeenCalledWith('sofort');
    await wait(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('on unmount, keeps unsaved text as a draft and tries to save it', async () => {
    const save = vi.fn<(text: string) => Promise<void>>(() => new Promise<void>(() => {}));
    const { rerender, unmount } = setup({ save });
    rerender({ key: KEY, value: 'halb getippt', save });
    localStorage.clear(); // prove the unmount itself writes it
    unmount();
    expect(readDraft(KEY)?.text).toBe('halb getippt');
    await wait(0);
    expect(save).toHaveBeenCalledWith('halb getippt');
  });

  it('drops the draft when the save started by unmounting succeeds', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { rerender, unmount } = setup({ save });
    rerender({ key: KEY, value: 'gerade noch', save });
    unmount();
    expect(readDraft(KEY)?.text).toBe('gerade noch');
    await wait(0);
    expect(save).toHaveBeenCalledWith('gerade noch');
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('on pagehide, keeps unsaved text as a draft and tries to save it', async () => {
    const save = vi.fn<(text: string) => Promise<void>>(() => new Promise<void>(() => {}));
    const { rerender } = setup({ save });
    rerender({ key: KEY, value: 'Tab geschlossen', save });
    localStorage.clear();
    window.dispatchEvent(new Event('pagehide'));
    expect(readDraft(KEY)?.text).toBe('Tab geschlossen');
    await wait(0);
    expect(save).toHaveBeenCalledWith('Tab geschlossen');
  });

  it('follows a stored value changed elsewhere: equal text is not saved, different text is', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result, rerender } = setup({ save, savedValue: 'Anfang' });

    rerender({ key: KEY, value: 'Anfang', save, savedValue: 'aus Tab B' });
    expect(result.current.status).toBe('pending');
    await wait(600);
    expect(save).toHaveBeenCalledWith('Anfang');

    rerender({ key: KEY, value: 'Anfang', save, savedValue: 'Anfang' });
    rerender({ key: KEY, value: 'aus Tab C', save, savedValue: 'aus Tab C' });
    await wait(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.status).toBe('saved');
  });
});
