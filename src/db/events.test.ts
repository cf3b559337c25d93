import { describe, expect, it, vi } from 'vitest';
import { emitDatabaseClosedByOtherTab, onDatabaseBlockedByNewerVersion } from './events';

describe('database events', () => {
  it('a failing listener does not keep the others from hearing the event', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bad = onDatabaseBlockedByNewerVersion(() => {
      throw new Error('listener bug');
    });
    const good = vi.fn();
    const unsubscribe = onDatabaseBlockedByNewerVersion(good);
    const event = { dbName: 'x', reason: 'upgrade', oldVersion: 1, newVersion: 2 } as const;
    try {
      emitDatabaseClosedByOtherTab(event);
      expect(good).toHaveBeenCalledWith(event);
      expect(error).toHaveBeenCalledOnce();
    } finally {
      bad();
      unsubscribe();
      error.mockRestore();
    }
  });
});
