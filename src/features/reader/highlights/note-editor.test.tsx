import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft, saveDraft } from '@/shared/stores/drafts';
import { NoteEditor } from './note-editor';

const KEY = 'highlight:abc:note';

type Save = (text: string) => Promise<void>;

function editor(props: { value?: string; onSave: Save; draftKey?: string }) {
  return (
    <NoteEditor
      label="Note"
      value={props.value ?? ''}
      draftKey={props.draftKey ?? KEY}
      onSave={props.onSave}
      placeholder="Your thoughts"
    />
  );
}

function setup(props: { value?: string; onSave: Save }) {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  const view = render(editor(props));
  const textbox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Note' });
  return { user, textbox, ...view };
}

async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** A save whose completion the test controls. */
function deferredSave() {
  const calls: Array<{ text: string; resolve: () => void }> = [];
  const onSave = vi.fn<Save>(
    (text) => new Promise<void>((resolve) => calls.push({ text, resolve })),
  );
  return { onSave, calls };
}

describe('NoteEditor', () => {
  // The preview's renderer loads lazily (lazy-markdown.tsx); under the fake clock below, a slow
  // first import outlasted findBy's polling. Loaded once here, the lazy component resolves at once.
  beforeAll(async () => {
    await import('@/shared/ui/markdown');
  });
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers();
    // Testing Library drains its async work with a setTimeout it only advances under a global
    // `jest`; give it one that drives Vitest's fake clock.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  // Regression: Note in the toolbar opens the card once the highlight is stored and asks for
  // the note a moment later; autoFocus on the textarea worked only when it came with the mount.
  it('takes focus when asked for after it is already on screen', () => {
    const props = { label: 'Note', value: '', draftKey: KEY, onSave: vi.fn<Save>() };
    const view = render(<NoteEditor {...props} autoFocus={false} />);
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(box).not.toHaveFocus();
    view.rerender(<NoteEditor {...props} autoFocus />);
    expect(box).toHaveFocus();
  });

  it('is a labelled textarea with a polite status line and a Markdown hint', () => {
    const { textbox, container } = setup({ value: 'Gespeichert', onSave: vi.fn<Save>() });
    expect(textbox()).toHaveValue('Gespeichert');
    expect(textbox()).toHaveAccessibleDescription(/Markdown is supported/);
    expect(container.querySelector('[aria-live="polite"]')).toBeInTheDocument();
  });

  it('saves a moment after typing stops and says so', async () => {
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { user, textbox } = setup({ onSave });

    await user.type(textbox(), 'Hallo');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();

    await wait(600);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('Hallo');
    expect(screen.getByText('Saved')).toBeInTheDocument();
    expect(readDraft(KEY)).toBeUndefined();
  });

  it('shows Saving… while the save runs', async () => {
    const { onSave, calls } = deferredSave();
    const { user, textbox } = setup({ onSave });
    await user.type(textbox(), 'x');
    await wait(600);
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    await act(async () => calls[0]?.resolve());
    expect(screen.getByText('Saved')).toBeInTheDocument();
  });

  it('keeps the text and shows the message when saving fails; Retry saves it', async () => {
    const message =
      "Your browser's storage for Sidenote is full. Free some space, then save again.";
    const onSave = vi
      .fn<Save>()
      .mockRejectedValueOnce(new Error(message))
      .mockRejectedValueOnce(new Error(message))
      .mockResolvedValue(undefined);
    const { user, textbox } = setup({ onSave });

    await user.type(textbox(), 'Nicht verlieren');
    await wait(600);
    expect(screen.getByText(message)).toHaveClass('text-danger');
    expect(textbox()).toHaveValue('Nicht verlieren');
    expect(readDraft(KEY)?.text).toBe('Nicht verlieren');

    await user.tab(); // leaving the field tries again, and fails again
    await wait(0);
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(textbox()).toHaveValue('Nicht verlieren');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await wait(0);
    expect(onSave).toHaveBeenCalledTimes(3);
    expect(onSave).toHaveBeenLastCalledWith('Nicht verlieren');
    expect(screen.getByText('Saved')).toBeInTheDocument();
    expect(screen.queryByText(message)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('recovers unsaved text from a draft on mount, then saves it', async () => {
    saveDraft(KEY, 'Vor dem Absturz getippt');
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { textbox } = setup({ value: 'Alt', onSave });

    expect(textbox()).toHaveValue('Vor dem Absturz getippt');
    expect(screen.getByText("Recovered text you hadn't saved")).toBeInTheDocument();
    await wait(600);
    expect(onSave).toHaveBeenCalledWith('Vor dem Absturz getippt');
  });

  it('ignores a draft that matches the stored note', async () => {
    saveDraft(KEY, 'Gleich');
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { textbox } = setup({ value: 'Gleich', onSave });
    expect(textbox()).toHaveValue('Gleich');
    expect(screen.queryByText(/Recovered/)).toBeNull();
    await wait(1000);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('leaves the text in a draft when it unmounts mid-typing', async () => {
    const onSave = vi.fn<Save>(() => new Promise<void>(() => {}));
    const { user, textbox, unmount } = setup({ value: '', onSave });
    await user.type(textbox(), 'Halb');
    unmount();
    expect(readDraft(KEY)?.text).toBe('Halb');
    await wait(0);
    expect(onSave).toHaveBeenCalledWith('Halb'); // and it still tries to save
  });

  it('shows a note changed in another tab when there are no unsaved edits', async () => {
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { textbox, rerender } = setup({ value: 'Alt', onSave });
    rerender(editor({ value: 'Aus dem anderen Tab', onSave }));
    expect(textbox()).toHaveValue('Aus dem anderen Tab');
    expect(screen.queryByText(/changed in another tab/)).toBeNull();
    await wait(1000);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps unsaved edits over a change from another tab, says so, and saves them', async () => {
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { user, textbox, rerender } = setup({ value: 'Alt', onSave });
    await user.type(textbox(), ' und meins');
    rerender(editor({ value: 'Aus dem anderen Tab', onSave }));

    expect(textbox()).toHaveValue('Alt und meins');
    expect(
      screen.getByText(
        'This note was changed in another tab. Your version is kept; saving will replace it.',
      ),
    ).toBeInTheDocument();
    await wait(600);
    expect(onSave).toHaveBeenCalledWith('Alt und meins');
  });

  it('does not mistake its own save, arriving late, for another tab', async () => {
    const { onSave, calls } = deferredSave();
    const { user, textbox, rerender } = setup({ value: '', onSave });
    await user.type(textbox(), 'eins');
    await wait(600);
    await user.type(textbox(), ' zwei');
    await act(async () => calls[0]?.resolve());
    rerender(editor({ value: 'eins', onSave })); // the database reports the first save

    expect(textbox()).toHaveValue('eins zwei');
    expect(screen.queryByText(/changed in another tab/)).toBeNull();
    await wait(600);
    expect(calls.map((c) => c.text)).toEqual(['eins', 'eins zwei']);
  });

  it('saves at once on Ctrl+Enter or Cmd+Enter, and on blur', async () => {
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { user, textbox } = setup({ onSave });
    await user.type(textbox(), 'a');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSave).toHaveBeenLastCalledWith('a');
    expect(textbox()).toHaveValue('a'); // no newline

    await user.type(textbox(), 'b');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    expect(onSave).toHaveBeenLastCalledWith('ab');

    await user.type(textbox(), 'c');
    await user.tab();
    expect(onSave).toHaveBeenLastCalledWith('abc');
  });

  it('leaves the textarea on Escape, saving on the way out', async () => {
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { user, textbox } = setup({ onSave });
    await user.type(textbox(), 'weg');
    await user.keyboard('{Escape}');
    expect(textbox()).not.toHaveFocus();
    expect(onSave).toHaveBeenCalledWith('weg');
  });

  it('previews Markdown, with raw HTML shown as inert text', async () => {
    const onSave = vi.fn<Save>(() => Promise.resolve());
    const { user, textbox, container } = setup({ onSave });
    await user.click(textbox());
    await user.paste('**fett** <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    expect(screen.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('textbox')).toBeNull();
    // The renderer loads with the first note shown (lazy-markdown.tsx).
    expect(await screen.findByText('fett', { selector: 'strong' })).toBeInTheDocument();
    expect(container.querySelector('img, [onerror]')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');

    await user.click(screen.getByRole('button', { name: 'Write' }));
    expect(textbox()).toHaveValue('**fett** <img src=x onerror=alert(1)> [x](javascript:alert(1))');
  });
});
