import { useState } from 'react';
import { currentSyncEngine } from './engine-handle';

/**
 * Runs a call to the sync server from the Sync page: on success the member's devices and groups
 * are read again; on failure `error` holds the server's own sentence for the page to show.
 */
export function useSyncAction(): {
  error: string | null;
  run(action: () => Promise<unknown>): Promise<void>;
} {
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await currentSyncEngine()?.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return { error, run };
}
