import { create } from 'zustand';

/**
 * Whether this browser has joined a sync server, remembered in localStorage so the first page
 * can decide without reading IndexedDB whether to load any sync code at all. The sign-in itself
 * lives in IndexedDB (`syncAccount`); this is only the hint, set when joining and cleared when
 * leaving, and set again by the Sync page if it finds a sign-in without it.
 */
const KEY = 'sidenote.sync';

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

interface SyncFlag {
  on: boolean;
  set(on: boolean): void;
}

export const useSyncFlag = create<SyncFlag>((set) => ({
  on: read(),
  set: (on) => {
    try {
      if (on) localStorage.setItem(KEY, 'on');
      else localStorage.removeItem(KEY);
    } catch {
      // Storage refused (private mode, full): sync then starts from the Sync page.
    }
    set({ on });
  },
}));

// Joining or leaving in another tab.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEY) useSyncFlag.setState({ on: e.newValue === 'on' });
  });
}
