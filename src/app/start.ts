import { QueryClient } from '@tanstack/react-query';
import { warmStart } from './warm-start';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

/**
 * A task of its own for `run`: the app's entry is evaluated in one task, on a phone its longest
 * (Lighthouse's total blocking time, bench row 12). What the first view needs starts in the tasks
 * after it, a few milliseconds later, instead of making it longer.
 */
export function inNextTask<T>(run: () => T | Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(run);
}

/** Resolves once the first view's code and data are in (see warmStart). */
export const firstViewReady = inNextTask(() => warmStart(queryClient, window.location.pathname));
