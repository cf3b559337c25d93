import { useEffect } from 'react';
import { useSyncAccount } from '@/db/live/sync';
import { runSyncFor } from './engine-handle';

/** Starts sync when this device has a sign-in, and stops it when the sign-in goes. */
export function SyncStarter() {
  const account = useSyncAccount();
  useEffect(() => {
    if (account !== undefined) runSyncFor(account);
  }, [account]);
  useEffect(() => () => runSyncFor(null), []);
  return null;
}
