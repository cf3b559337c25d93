/**
 * What `use-sync-external-store/shim` gives (wouter imports it): React 18 and later have the hook
 * built in, and the shim only hands React's own over, with a fallback for React 17 that the
 * first page then carries for nothing (vite.config.ts points the shim here; bench row 1).
 */
export { useSyncExternalStore } from 'react';
