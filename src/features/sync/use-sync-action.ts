import { useState } from 'react';
import { currentSyncEngine } from './engine-handle';

/**
 * Runs a call to the sync server from the Sync page: on success the member's devices and groups
 * are read again; on failure `error` holds what went wrong, for `ErrorLine` to put into words.
 */
export function useSyncAction(): {
  error: unknown;
  run(action: () => Promise<unknown>): Promise<void>;
} {
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await currentSyncEngine()?.refresh();
    } catch (err) {
      setError(err ?? new Error('failed'));
    }
  };
  return { error, run };
}
