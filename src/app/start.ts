import { QueryClient } from '@tanstack/react-query';
import { inNextTask } from './next-task';
import { warmStart } from './warm-start';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

/** Resolves once the first view's code and data are in (see warmStart). */
export const firstViewReady = inNextTask(() => warmStart(queryClient, window.location.pathname));
