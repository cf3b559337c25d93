import { lazy, Suspense } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { AppRoutes } from './routes';
import { ErrorBoundary } from './error-boundary';
import { useApplyPreferences } from './use-apply-preferences';
import { loadAreas, useApplyLanguage, useT } from '@/shared/i18n';
import { DatabaseBanner } from './database-banner';
import { Toaster } from './toaster';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { queryClient } from './start';
import { useSyncFlag } from '@/shared/stores/sync-flag';

// The list of shortcuts loads when `?` first asks for it, not with the first page.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);

// Sync's code (even the part that reads the sign-in) loads only once this browser has joined.
const SyncStarter = lazy(() =>
  Promise.all([import('@/features/sync/sync-starter'), loadAreas(['sync'])]).then(([m]) => ({
    default: m.SyncStarter,
  })),
);

function Sync() {
  const on = useSyncFlag((s) => s.on);
  if (!on) return null;
  return (
    <Suspense fallback={null}>
      <SyncStarter />
    </Suspense>
  );
}

function Shortcuts() {
  const { help, closeHelp } = useGlobalShortcuts();
  if (help === undefined) return null;
  return (
    <Suspense fallback={null}>
      <ShortcutsDialog key={help} onClose={() => closeHelp(help)} />
    </Suspense>
  );
}

export function App() {
  useApplyPreferences();
  useApplyLanguage();
  const t = useT();
  return (
    <QueryClientProvider client={queryClient}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-surface focus:px-3 focus:py-2 focus:text-ink focus:shadow"
      >
        {t('app.skipToContent')}
      </a>
      <DatabaseBanner />
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
      <Toaster />
      <Sync />
      <Shortcuts />
    </QueryClientProvider>
  );
}
