import { useSyncStatus, type SyncState } from '@/shared/stores/sync-status';

const DOT: Record<SyncState, string | null> = {
  off: null,
  connecting: 'bg-muted',
  syncing: 'bg-amber-500',
  synced: 'bg-emerald-500',
  offline: 'bg-muted',
  refused: 'bg-danger',
  error: 'bg-danger',
};

/** A small dot on the Sync link: grey connecting or offline, amber syncing, green up to date. */
export function SyncDot() {
  const state = useSyncStatus((s) => s.state);
  const colour = DOT[state];
  if (!colour) return null;
  const className = `absolute top-1.5 right-1.5 h-2 w-2 rounded-full ring-2 ring-paper ${colour}`;
  return <span aria-hidden="true" data-sync-state={state} className={className} />;
}
