import { beforeEach, describe, expect, it } from 'vitest';
import { useUndo } from './undo';

describe('undo stack', () => {
  beforeEach(() => useUndo.setState({ stack: [] }));

  it('undoes the newest change first, each once', async () => {
    const done: string[] = [];
    const { push, undo } = useUndo.getState();
    push({ label: 'a', run: async () => void done.push('a') });
    push({ label: 'b', run: async () => void done.push('b') });
    expect(await undo()).toBe('b');
    expect(await undo()).toBe('a');
    expect(await undo()).toBeUndefined();
    expect(done).toEqual(['b', 'a']);
  });

  it('runs an entry taken directly (a toast’s Undo) once, and Ctrl+Z then skips it', async () => {
    const done: string[] = [];
    const { push, take, undo } = useUndo.getState();
    push({ label: 'older', run: async () => void done.push('older') });
    const entry = { label: 'restore', run: async () => void done.push('restore') };
    push(entry);
    await take(entry);
    expect(await undo()).toBe('older');
    expect(done).toEqual(['restore', 'older']);
  });

  it('keeps at most 50 changes', () => {
    for (let i = 0; i < 60; i++) useUndo.getState().push({ label: String(i), run: async () => {} });
    expect(useUndo.getState().stack).toHaveLength(50);
    expect(useUndo.getState().stack[0]?.label).toBe('10');
  });
});
