/**
 * A task of its own for `run`. The app's entry is evaluated in one task, on a phone its longest
 * (Lighthouse's total blocking time, bench row 12), and what starts the first view is work too:
 * each part starts in a task after the one before, a few milliseconds later, instead of making
 * one task longer.
 */
export function inNextTask<T>(run: () => T | Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(run);
}
